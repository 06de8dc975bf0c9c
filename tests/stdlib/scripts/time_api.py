# time: struct_time, gmtime/localtime, mktime, strftime, strptime, asctime,
# ctime and the clocks (checked by properties: no current time printed).
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[:3], len(t), tuple(t), t.tm_zone, t.tm_gmtoff, isinstance(t, tuple))
print(time.gmtime(0), time.gmtime(-1.5), time.gmtime(1.9), time.gmtime(951782400))
print(time.localtime(0), time.localtime(1700000000).tm_zone, time.localtime(0).tm_gmtoff)
s = time.struct_time((2024, 2, 29, 13, 45, 0, 3, 60, -1))
print(s, s.tm_mday, s.tm_zone, s == (2024, 2, 29, 13, 45, 0, 3, 60, -1))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError", e)

print(time.mktime((2024, 1, 2, 3, 4, 5, 0, 0, 0)), time.mktime(time.gmtime(1700000000)))
print(time.mktime((1969, 1, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2024, 3, 0, 0, 0, 0, 0, 0, 0)), time.mktime((2000, 2, 29, 25, 61, 61, 0, 0, -1)))
for secs in (0, 86399, 86400, 951782400, 1700000000, 4102444800, -86400 * 365):
    print(secs, time.mktime(time.gmtime(secs)) == secs)
try:
    time.mktime((2024, 1, 1))
except TypeError as e:
    print("TypeError", e)

print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %d %e %H %I %j %m %M %p %S %U %w %W %y %Y %Z %z %%", t))
print(time.strftime("%c|%x|%X|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%k|%l|%s|%P", t))
print(time.strftime("%-d/%-m/%Y %_H:%M %^a %^B %5Y %Q %Ey %Od", t))
print(repr(time.strftime("%n%t", t)), time.strftime("100%", t), time.strftime("", t))
print(time.strftime("%d %B %Y", (2024, 7, 4, 0, 0, 0, 3, 186, 0)))
print(time.strftime("%I%p", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%I%p", (2024, 1, 1, 12, 0, 0, 0, 1, 0)))
print(time.strftime("%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for y, m, d in [(2020, 12, 31), (2021, 1, 3), (2021, 1, 4), (2026, 12, 31), (2027, 1, 1), (2015, 12, 31), (2016, 1, 1)]:
    tt = time.gmtime(time.mktime((y, m, d, 12, 0, 0, 0, 0, 0)))
    print(time.strftime("%Y-%m-%d %a U%U W%W V%V G%G u%u w%w", tt))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strftime("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime("%a", (2024, 1, 1, 0, 0, 0, 7, 1, 0)))
print(time.asctime(t), time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)), time.ctime(0), time.ctime(1e9))

p = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(p, p.tm_wday, p.tm_yday)
print(time.strptime("Tue Mar  5 14:07:09 2024"))
print(time.strptime("05/03/24", "%d/%m/%y")[:3], time.strptime("12 PM", "%I %p").tm_hour)
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)

a = time.time()
b = time.perf_counter()
c = time.monotonic()
d = time.process_time()
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__)
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
print(time.perf_counter() >= b, time.monotonic() >= c, abs(time.time() - a) < 5)
print(abs(time.mktime(time.localtime(a)) - int(a)) < 1, time.localtime().tm_year >= 2024, len(time.localtime()))
print(time.timezone, time.altzone, time.daylight, time.tzname)
time.sleep(0.001)
