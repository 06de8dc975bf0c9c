from datetime import datetime, timedelta

log = """\
2024-05-01 08:00:12 job=ingest status=start
2024-05-01 08:03:40 job=transform status=start
2024-05-01 08:15:02 job=ingest status=end
2024-05-01 08:21:59 job=transform status=end
2024-05-01 09:00:00 job=report status=start
2024-05-01 09:00:45 job=report status=fail
2024-05-01 23:50:00 job=backup status=start
2024-05-02 01:10:30 job=backup status=end
"""

starts = {}
results = []
for line in log.splitlines():
    date_part, time_part, job_kv, status_kv = line.split()
    ts = datetime.strptime(f"{date_part} {time_part}", "%Y-%m-%d %H:%M:%S")
    job = job_kv.split("=")[1]
    status = status_kv.split("=")[1]
    if status == "start":
        starts[job] = ts
    else:
        started = starts.pop(job)
        results.append((job, status, started, ts - started))

for job, status, started, dur in results:
    mins, secs = divmod(int(dur.total_seconds()), 60)
    print(f"{job:<10} {status:<5} started {started:%H:%M:%S} took {mins:3d}m {secs:02d}s ({dur})")

longest = max(results, key=lambda r: r[3])
print("longest:", longest[0], longest[3])
print("still running:", sorted(starts) or "none")
total = sum((r[3] for r in results if r[1] == "end"), timedelta())
print("total successful runtime:", total)
