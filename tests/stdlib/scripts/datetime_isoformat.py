from datetime import date, datetime, time, timedelta, timezone

print(date(2024, 1, 5).isoformat(), date(5, 1, 2).isoformat())
dt = datetime(2024, 1, 5, 10, 30, 15, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(' ', spec))
print(dt.isoformat('_'), datetime(2024, 1, 5).isoformat(), datetime(5, 1, 2, 3).isoformat())
tz = timezone(timedelta(hours=-3, minutes=-30))
print(dt.replace(tzinfo=tz).isoformat(), dt.replace(tzinfo=timezone.utc).isoformat(timespec='seconds'))
print(datetime(2024, 1, 5, tzinfo=timezone(timedelta(seconds=3661, microseconds=7))).isoformat())

# round trips
for x in [dt, datetime(2024, 1, 5), dt.replace(tzinfo=tz), datetime(1, 1, 1), datetime.max]:
    assert datetime.fromisoformat(x.isoformat()) == x
    assert datetime.fromisoformat(str(x)) == x
print('round trips ok')

for s in ['2024-01-05', '20240105', '2024-W01-5', '2024W015', '2024-W01', '2024W01',
          '2020-W53-7', '2024-1-5', '2024-01-5', '24-01-05', '2024-01-05T', '2024-001',
          '2024-13-01', '2024-02-30', ' 2024-01-05', '2024-01-05 ', '2024/01/05', '']:
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s in ['2024-01-05T10:30', '2024-01-05 10:30:15', '2024-01-05T10', '2024-01-05T1030',
          '2024-01-05T103015', '2024-01-05T10:30:15.5', '2024-01-05T10:30:15,123',
          '2024-01-05T10:30:15.1234567', '2024-01-05T10:30:15Z', '2024-01-05T10:30:15+05:30',
          '2024-01-05T10:30:15-0330', '2024-01-05T10:30:15+05', '2024-01-05T10:30:15+05:30:10.5',
          '20240105T103015Z', '20240105', '2024-01-05', '2024-01-05x10:30', '2024-W01-5T10:00',
          '2024-01-05T10:30:15.123+01:00', '2024-01-05T10:30Z', '2024-01-05T10Z', '20240105T10',
          '2024-01-05T10:30:15+00:00', '2024-01-05T10:30:15-00:00', '2024-01-05T10:30:15+23:59',
          '2024-01-05 10:30:15 +05:30',
          # errors
          '2024-01-05T10:3', '2024-01-05T24:00', '2024-01-05T10:30:15.', '2024-01-05T10:30:15+5:30',
          '2024-01-05T10:30:15z', '2024-01-05T10:30:60', '2024-01-05T1030:15', '2024-01-05T10:3015',
          '2024-01-05T10:30:15+24:00', '2024-01-05T10:30:15+01:00Z', '2024-01-05T']:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s in ['10:30', 'T10:30', '10', '1030', '103015', '10:30:15.123456', '10:30:15+01:00',
          '10:30:15Z', '10:30:15.5Z', '10:30:15+0100', '10:30:15-05:30:15', '1030.5', '10:30.5',
          '25:00', '10:30:15 ', '10::30', 'T', '', '10:30:1']:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for f in [date.fromisoformat, datetime.fromisoformat, time.fromisoformat]:
    try:
        f(20240105)
    except TypeError as e:
        print('TypeError', e)
for bad in [lambda: dt.isoformat(timespec='days'), lambda: dt.isoformat('ab')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
