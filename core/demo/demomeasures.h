// Gives a demo municipality the improvement measures (verbetermaatregelen) a municipality that
// learns from its complaints would have: a structural measure for the most frequent recurring
// pattern of each quarter (the same theme at the same department or provider), linked to its cases,
// created a few weeks after that quarter and done, in progress or still planned depending on its age.
// Without them the Leren screens, the dashboard and the yearly report of a demo file stay empty.
#pragma once

#include <QDate>

class Database;

namespace DemoMeasures {

// Adds the measures for the quarters of [from, today); returns how many. Deterministic for a file.
int add(Database& db, QDate from, QDate today);

} // namespace DemoMeasures
