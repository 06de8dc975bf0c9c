from datetime import datetime

cases = [
    ('2024-03-05 10:20:30', '%Y-%m-%d %H:%M:%S'),
    ('2024-03-05', '%Y-%m-%d'),
    ('2024-3-5', '%Y-%m-%d'),
    ('20240305', '%Y%m%d'),
    ('05/03/2024', '%d/%m/%Y'),
    ('03/05/24', '%m/%d/%y'),
    ('03/05/69', '%m/%d/%y'),
    ('03/05/68', '%m/%d/%y'),
    ('2024-03-05T10:20:30.5', '%Y-%m-%dT%H:%M:%S.%f'),
    ('2024-03-05T10:20:30.123456', '%Y-%m-%dT%H:%M:%S.%f'),
    ('10:20', '%H:%M'),
    ('5 Mar 2024', '%d %b %Y'),
    ('05 march 2024', '%d %B %Y'),
    ('Tuesday, 05 MARCH 2024', '%A, %d %B %Y'),
    ('Tue, 05 Mar 2024 10:20:30 +0000', '%a, %d %b %Y %H:%M:%S %z'),
    ('05/Mar/2024:10:20:30 -0700', '%d/%b/%Y:%H:%M:%S %z'),
    ('2024-03-05T10:20:30+05:30', '%Y-%m-%dT%H:%M:%S%z'),
    ('2024-03-05T10:20:30Z', '%Y-%m-%dT%H:%M:%S%z'),
    ('2024-03-05 10:20:30 UTC', '%Y-%m-%d %H:%M:%S %Z'),
    ('2024-03-05 10:20:30 UTC+0100', '%Y-%m-%d %H:%M:%S %Z%z'),
    ('10:20 PM', '%I:%M %p'),
    ('12:05 am', '%I:%M %p'),
    ('12:05 pm', '%I:%M %p'),
    ('12:05', '%I:%M'),
    ('2024 065', '%Y %j'),
    ('2024 10 Mon', '%Y %W %a'),
    ('2024 10 0', '%Y %U %w'),
    ('2024 0 Tue', '%Y %W %a'),
    ('2024-W10-2', '%G-W%V-%u'),
    ('Tue Mar  5 10:20:30 2024', '%c'),
    ('03/05/24 10:20:30', '%x %X'),
    ('100% 2024', '100%% %Y'),
    ('  2024', '%Y'),
    ('2024   03', '%Y %m'),
    ('2024\t03', '%Y %m'),
    ('day 5 of 3', 'day %d of %m'),
    ('DAY 5 OF 3', 'day %d of %m'),
    ('1:2:3', '%H:%M:%S'),
    ('2024-03-05 10:20:30.000001', '%Y-%m-%d %H:%M:%S.%f'),
    ('29/02/2024', '%d/%m/%Y'),
    ('x', 'x'),
    ('', ''),
    # errors
    ('2024-03-05 10:20', '%Y-%m-%d %H:%M:%S'),
    ('2024-03-05x', '%Y-%m-%d'),
    ('2024-13-05', '%Y-%m-%d'),
    ('2024-02-30', '%Y-%m-%d'),
    ('29/02/2023', '%d/%m/%Y'),
    ('02-29', '%m-%d'),
    ('24:00', '%H:%M'),
    ('10:60', '%H:%M'),
    ('10:20:60', '%H:%M:%S'),
    ('2024-03-05', '%Y-%m-%d %H'),
    ('Marc 5', '%b %d'),
    ('13:00 PM', '%I:%M %p'),
    ('2024 10', '%G %V'),
    ('2024-03-05 +05:3', '%Y-%m-%d %z'),
    ('2024', '%Y %'),
    ('2024', '%Y %e'),
    ('2024', '%Q'),
    ('1234567', '%f'),
]
for s, f in cases:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError', e)

# many rows, several formats: the cache must keep them apart
rows = ['2024-01-%02d %02d:00:00' % (d, d % 24) for d in range(1, 29)]
parsed = [datetime.strptime(r, '%Y-%m-%d %H:%M:%S') for r in rows]
print(parsed[0], parsed[-1], len(parsed), sum(p.hour for p in parsed))
print(datetime.strptime('01.02.2024', '%d.%m.%Y'), datetime.strptime('01.02.2024', '%m.%d.%Y'))

for bad in [(5, '%Y'), ('2024', 5)]:
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print('TypeError', e)
