values = [0, 3.14159, -2.5, 1234567.891, 1e-7, 42]

for v in values:
    print(f"{v!r:>12} | {v:10.3f} | {v:+.2e} | {v:12,.2f} | {v:>10g} | {v:.1%}")

n = 255
print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:#x} {n:#b} {n:08b} {n:#010x}")
print(f"{n:,} {10**9:,} {10**9:_} {-1234567:,}")
print(f"[{n:<8}] [{n:>8}] [{n:^8}] [{n:*^8}] [{-n:=8}] [{n:+}] [{n: }]")
print(f"{'text':>10}|{'text':<10}|{'text':^10}|{'toolong':.3}")
print("{:.3s}|{:>6.2f}|{:<+6d}|".format("abcdef", 2.71828, 7))
print("%s is %d years, %.1f%% done, hex %x, %5s|%-5s|" % ("Ann", 30, 99.5, 255, "r", "l"))
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print(format(1234.5, ",.1f"), format(0.000123, ".2e"), format(123, "06d"), format(0.5, ".0%"))
print(f"{12.0:g} {12.5:g} {1e20:g} {1.5e-5:g} {100000.0:g} {1000000.0:g}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|{'x':>{width}}|")
print(f"{True} {None} {[1, 'a']} {{literal braces}} {3 + 4j}")
