// Realistic synthetic complaint cases for a demo municipality and for benchmarks: Dutch names
// and streets, stories per theme and domain, spread over several years, every channel, every
// phase and outcome, and timelines that a real handler could have written. Every generated case
// is reached through the Workflow, so it is consistent with it. Deterministic for a given seed.
#pragma once

#include <QDate>
#include <QList>

#include <functional>

class Database;
class Clock;
class DeadlineEngine;
struct Case;

struct DemoOptions {
    int cases = 300;
    quint32 seed = 1;
    int years = 4;       // received dates spread over this many years up to today
    int batchSize = 20000; // cases per transaction
};

class DemoGenerator {
public:
    DemoGenerator(const DeadlineEngine& engine, const Clock& clock, quint32 seed);
    // One case as the n-th of the run (not stored). Received no later than today.
    Case makeCase(int n, int totalCases, int years);
    // Generates and stores options.cases cases; progress(done, total) after each batch.
    void populate(Database& db, const DemoOptions& options, const std::function<void(int, int)>& progress = {});

private:
    struct Impl;
    const DeadlineEngine& m_engine;
    const Clock& m_clock;
    quint32 m_seed;
};
