# Cohort analysis: for customers grouped by signup year, what share ordered
# in each year after signing up?
customers = read_only_sql_query("shop", "SELECT id, signup_date FROM customers")
orders = read_only_sql_query("shop", "SELECT customer_id, order_date FROM orders WHERE status != 'cancelled'")
print("truncated?", customers["truncated"], orders["truncated"])

signup_year = {cid: int(d[:4]) for cid, d in customers["rows"]}
cohort_sizes = {}
for year in signup_year.values():
    cohort_sizes[year] = cohort_sizes.get(year, 0) + 1

active = {}  # (cohort, offset) -> set of customers
for cid, d in orders["rows"]:
    cohort = signup_year[cid]
    offset = int(d[:4]) - cohort
    active.setdefault((cohort, offset), set()).add(cid)

max_offset = max(off for _, off in active)
print(f"{'Cohort':<8}{'Size':>6}" + "".join(f"{'Y+' + str(i):>8}" for i in range(max_offset + 1)))
for cohort in sorted(cohort_sizes):
    size = cohort_sizes[cohort]
    cells = ""
    for off in range(max_offset + 1):
        if cohort + off > 2024:
            cells += f"{'':>8}"
            continue
        n = len(active.get((cohort, off), ()))
        cells += f"{n / size:>8.0%}"
    print(f"{cohort:<8}{size:>6}{cells}")
