from datetime import datetime, date, time, timezone, timedelta

samples = [datetime(2024, 1, 5, 10, 30, 15, 123456), datetime(1999, 12, 31, 23, 59, 59, 999999),
           datetime(2024, 2, 29, 0, 0), datetime(2021, 1, 3, 12, 0), datetime(5, 1, 2, 3, 4, 5, 6),
           datetime(2024, 1, 5, 10, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))),
           datetime(2024, 1, 5, 10, 30, tzinfo=timezone(timedelta(hours=-3), 'BRT')),
           datetime(2024, 1, 5, tzinfo=timezone.utc)]
directives = ['%Y', '%y', '%m', '%d', '%H', '%I', '%M', '%S', '%f', '%p', '%a', '%A', '%b', '%B',
              '%h', '%j', '%U', '%W', '%w', '%u', '%G', '%g', '%V', '%C', '%e', '%k', '%l', '%P',
              '%c', '%x', '%X', '%D', '%F', '%T', '%R', '%r', '%z', '%Z', '%%', '%n', '%t', '%s',
              '%-d', '%-m', '%-H', '%-I', '%-j', '%_d', '%_m', '%Ey', '%Od', '%Q', '%']
for d in samples:
    print(repr(d))
    print(' '.join('%s=%r' % (f, d.strftime(f)) for f in directives))

# typical formats
d = samples[0]
for f in ['%Y-%m-%d', '%Y-%m-%d %H:%M:%S', '%d/%m/%Y', '%m/%d/%y', '%B %d, %Y', '%a %d %b %Y',
          '%Y%m%dT%H%M%S', '%H:%M:%S.%f', '%I:%M %p', 'Week %W of %Y', '%Y-%m-%dT%H:%M:%S%z',
          '100%% done on %d.%m.', 'plain text', '', '%Y-%m-%d %H:%M:%S %Z']:
    print(repr(f), repr(d.strftime(f)), repr(samples[5].strftime(f)))

# dates and times
print(date(2024, 1, 5).strftime('%Y-%m-%d %H:%M:%S %f %z|%Z| %a %j'))
print(time(13, 5, 9, 42).strftime('%H:%M:%S.%f %I%p %Y-%m-%d %a'))
print(time(13, tzinfo=timezone.utc).strftime('%H %z %Z'))

# __format__ and f-strings
print(format(d, '%d %B'), f"{d:%Y}", f"{d.date():%m/%d}", f"{time(7, 5):%H:%M}", '{:%j}'.format(d))
print(f"{d}", f"{d!s}", format(d, ''))
print(' / '.join(f"{date(2024, m, 1):%b}" for m in range(1, 13)))

try:
    d.strftime(5)
except TypeError as e:
    print('TypeError')
