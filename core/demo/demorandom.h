// The demo generator's source of chance: a SplitMix64 generator seeded per case from (run seed, case
// number), so that the n-th case of a run is the same whatever was generated before it and in
// whatever order. SplitMix64 rather than std::mt19937 because its state is one word: seeding it a
// million times costs nothing, where the Mersenne twister would spend more time initialising its
// 2.5 KB state than the generator spends on a case.
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <initializer_list>
#include <utility>

class DemoRandom {
public:
    DemoRandom(quint32 seed, quint64 stream)
        : m_state((quint64(seed) << 32) ^ (stream * 0xD1B54A32D192ED03ull)) {
        next();
    }

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [lo, hi], both inclusive (Lemire's multiply-shift; the bias is far below notice).
    int between(int lo, int hi) {
        Q_ASSERT(lo <= hi);
        const quint64 range = quint64(qint64(hi) - qint64(lo) + 1);
        return int(qint64(lo) + qint64(((next() >> 32) * range) >> 32));
    }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    std::size_t index(std::size_t size) { return std::size_t(between(0, int(size) - 1)); }

    template <typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[index(N)]; }

    // An index into weights, chosen with probability proportional to its weight.
    int weighted(std::initializer_list<int> weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = between(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (roll < w)
                return i;
            roll -= w;
            ++i;
        }
        return i - 1;
    }
    template <typename E> E weighted(std::initializer_list<std::pair<E, int>> options) {
        int total = 0;
        for (const auto& o : options)
            total += o.second;
        int roll = between(0, total - 1);
        for (const auto& o : options) {
            if (roll < o.second)
                return o.first;
            roll -= o.second;
        }
        return options.begin()->first;
    }

private:
    quint64 m_state;
};
