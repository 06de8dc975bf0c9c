import statistics as st

response_times_ms = [120, 135, 98, 240, 110, 101, 99, 130, 870, 125, 118, 101, 143, 101, 97]

print("n:", len(response_times_ms))
print("mean:", st.mean(response_times_ms))
print("fmean:", round(st.fmean(response_times_ms), 3))
print("median:", st.median(response_times_ms))
print("median_low/high:", st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print("mode:", st.mode(response_times_ms))
print("multimode:", st.multimode([1, 1, 2, 2, 3]))
print("stdev:", round(st.stdev(response_times_ms), 4))
print("pstdev:", round(st.pstdev(response_times_ms), 4))
print("variance:", round(st.variance(response_times_ms), 2))
print("pvariance:", round(st.pvariance(response_times_ms), 2))

trimmed = sorted(response_times_ms)[1:-1]
print(f"trimmed mean: {st.mean(trimmed):.2f}")
print("mean of floats:", st.mean([0.1, 0.2, 0.3]))
print("median of even list:", st.median([3, 1, 4, 2]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([5])
except st.StatisticsError as e:
    print("StatisticsError:", e)
