// The documents of a demo municipality: one case in documentEvery (by generation order) gets a small
// klaagschrift as PDF and, when it came in by e-mail, the message as a .eml file, generated here
// (a one-page PDF written by hand, an RFC 5322 message) and stored like any document, with their text in
// the search. Enough to measure the program with a realistic share of dossiers that hold files.
#pragma once

#include "domain/case.h"

#include <QByteArray>
#include <QList>

class Clock;
class Database;

namespace DemoDocuments {
// Adds the documents of the batch's chosen cases (their ids set) in one transaction.
void add(Database& db, const Clock& clock, const QList<Case>& batch, int firstIndex, int documentEvery);
// A valid one-page PDF showing the lines (ASCII and Latin-1 text, Helvetica).
QByteArray pdf(const QStringList& lines);
// An e-mail as a mail program saves it (.eml), from the klager about the case.
QByteArray eml(const Case& c);
} // namespace DemoDocuments
