// The one way tests make a case: a complaint as it arrives (on the phone, or as a klaagschrift by
// post) with sensible defaults, changed with a few named steps where a test needs other facts, and
// the case with every field filled. The cases are not stored; the fixtures store them.
#pragma once

#include "domain/case.h"

#include <QDate>
#include <QString>
#include <QStringList>

class CaseBuilder {
public:
    // An oral complaint taken on the phone about the Wmo, handled by Fatima Bakkali, with one theme.
    static CaseBuilder phoneComplaint(QDate received, const QString& klager = QStringLiteral("Mevrouw A. Jansen"));
    // A klaagschrift received by post, about the Wmo, handled by Fatima Bakkali.
    static CaseBuilder klaagschrift(QDate received, const QString& klager = QStringLiteral("Mevrouw A. Jansen"));
    // A case in which every field has a distinct, non-default value (and three events, two themes).
    static Case everyField();

    CaseBuilder& reference(const QString& reference);
    CaseBuilder& klagerAt(const QString& address, const QString& phone = {});
    CaseBuilder& conductOn(QDate date);
    CaseBuilder& about(const QString& department, const QString& employee);
    CaseBuilder& provider(const QString& provider);
    CaseBuilder& story(const QString& story, const QString& desiredOutcome);
    CaseBuilder& handler(const QString& handler);
    CaseBuilder& themes(const QStringList& themes);

    Case build() const { return m_case; }
    operator Case() const { return m_case; }

private:
    // A complaint about the Wmo handled by Fatima Bakkali.
    static CaseBuilder complaint(CaseKind kind, Channel channel, QDate received, const QString& klager);

    Case m_case;
};
