// Realistic synthetic complaint cases for a demo municipality and for benchmarks: Dutch names
// and streets, stories per theme and domain, spread over several years, every channel, every
// phase and outcome, and timelines that a real handler could have written. Every generated case
// is reached through the Workflow, so it is consistent with it. Deterministic for a given seed:
// the n-th case depends only on (seed, n, total, years, today), not on what was generated before.
#pragma once

#include <QDate>
#include <QList>

#include <functional>
#include <memory>

class Database;
class Clock;
class DeadlineEngine;
struct Case;

struct DemoOptions {
    int cases = 300;
    quint32 seed = 1;
    static constexpr int YearsAtMost = 50;
    int years = 4;          // received dates spread over this many years up to today (1 to YearsAtMost)
    int batchSize = 10000;  // cases per transaction
    int documentEvery = 10; // one case in this many gets a klaagschrift (PDF) or its e-mail (demodocuments.h); 0: none
};

class DemoGenerator {
public:
    // Raised whenever the same seed makes different cases, so that a cached benchmark file made by an
    // older generator is not measured as if it were this one's. 2: loose ends are recent. 3: the last
    // eight weeks hold at most 4,000 cases, whatever the size of the register.
    static constexpr int Version = 3;

    DemoGenerator(const DeadlineEngine& engine, const Clock& clock, quint32 seed);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator&) = delete;
    DemoGenerator& operator=(const DemoGenerator&) = delete;

    // One case as the n-th of the run (not stored). Received no later than today; received dates
    // rise with n, so that references follow the order of receipt.
    Case makeCase(int n, int totalCases, int years);
    // Generates and stores options.cases cases; progress(done, total) after each batch. Uses the
    // file's theme list and its committee setting (afdeling 9.1.3 only when the municipality has one).
    void populate(Database& db, const DemoOptions& options, const std::function<void(int, int)>& progress = {});

    // Transitions that Workflow::apply refused so far. Always 0 unless the generator's plan is wrong
    // (a debug build asserts at the first one); a release build skips the refused step.
    int refusedTransitions() const;

private:
    struct Impl;
    const DeadlineEngine& m_engine;
    const Clock& m_clock;
    quint32 m_seed;
    std::unique_ptr<Impl> m_impl;
};
