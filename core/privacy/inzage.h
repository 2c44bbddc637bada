// Inzage (AVG art. 15): everything the file holds about one klager, for the beheerder who answers
// the request. find() lists the cases that may be his — matching the name, or the e-mail address or
// the address when given — so that the beheerder confirms which ones are; export writes exactly the
// confirmed cases: as JSON (every stored field of every case, themes, complaint parts, timeline,
// letters as sent, and the audit rows about those cases) and as a readable document (a PrintJob the
// ui layer turns into PDF). Each export is recorded in the audit trail ("inzage", per case).
#pragma once

#include "domain/case.h"
#include "domain/clock.h"
#include "output/printjob.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

struct InzageQuery {
    QString name;    // part of the klager's name, case-insensitive
    QString email;   // optional: the klager's e-mail address, case-insensitive
    QString address; // optional: part of the klager's address, case-insensitive
};

struct InzageMatch {
    qint64 id = 0;
    QString reference;
    QDate received;
    Phase phase = Phase::Intake;
    Person klager;
};

class Inzage {
    Q_DECLARE_TR_FUNCTIONS(Inzage)
public:
    Inzage(Database& db, const Clock& clock, QString user);

    // Cases whose klager matches any of the given criteria (blank criteria are ignored), oldest first.
    QList<InzageMatch> find(const InzageQuery& query);
    // The JSON document (UTF-8, indented) of these cases.
    QByteArray json(const QList<qint64>& caseIds);
    // The same as a readable A4 document.
    PrintJob document(const QList<qint64>& caseIds, const QString& municipality);
    // Records one "inzage" audit row per case, in one transaction (call once the export is written).
    void record(const QList<qint64>& caseIds, const QString& what);

private:
    QJsonObject caseObject(qint64 id);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
