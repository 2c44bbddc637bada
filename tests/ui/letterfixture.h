// Shared by the letter tests: the municipality file of "Gemeente Tafeldam" with a full letterhead
// (logo, address, phone, e-mail, the Nationale ombudsman), a session on it with a pinned clock, and
// cases brought through the workflow, the way a handler would, into the state each letter type
// needs. The dates are chosen so that the letters' dates can be worked out by hand:
// klaagschrift received Friday 7 March 2025; handling term (6 weeks, Goede Vrijdag and tweede
// Paasdag) Tuesday 22 April 2025; adjourned (10 weeks) Friday 16 May 2025.
#pragma once

#include "test_casefilefixture.h"

#include "letters/lettertype.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

struct LetterFixture : CaseFileFixture {
    explicit LetterFixture(QDate today = d("2025-03-12"))
        : CaseFileFixture(QDateTime(today, QTime(10, 30)), user(), settings(), QStringLiteral("tafeldam.aantafel")) {}

    static QString user() { return QStringLiteral("Fatima Bakkali"); }

    static MunicipalitySettings settings() {
        MunicipalitySettings s;
        s.name = QStringLiteral("Gemeente Tafeldam");
        s.address = QStringLiteral("Postbus 10\n1234 AB Tafeldam");
        s.phone = QStringLiteral("14 0123");
        s.email = QStringLiteral("klachten@tafeldam.nl");
        s.logoPng = logo();
        return s;
    }

    // A small municipal emblem: a blue shield with a white table, and the name beside it.
    static QByteArray logo() {
        QImage image(720, 200, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x1f, 0x4e, 0x79));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(10, 10, 160, 180), 30, 30);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(40, 80, 100, 16));
        p.drawRect(QRectF(50, 96, 12, 50));
        p.drawRect(QRectF(118, 96, 12, 50));
        p.setPen(QColor(0x1f, 0x4e, 0x79));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(64);
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRectF(200, 20, 520, 160), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("Tafeldam"));
        p.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    // A klaagschrift as it arrives by post: Friday 7 March 2025, about a Wmo-consulent.
    static Case klaagschrift() {
        return CaseBuilder::klaagschrift(d("2025-03-07"))
            .klagerAt(QStringLiteral("Dorpsstraat 1\n1234 AB Tafeldam"), QStringLiteral("06-12345678"))
            .conductOn(d("2025-02-24"))
            .about(QStringLiteral("Team Wmo"), QStringLiteral("De heer P. de Vries"))
            .handler(user());
    }

    Case stored(Case c) {
        session->cases().save(c);
        return c;
    }

    // Applies a transition that must be allowed, on the clock's day unless the request says otherwise,
    // and stores the case. Adjourn and Close come with their letter, as from LetterSender.
    void step(Case& c, WorkflowAction action, QDate date = {},
              const std::function<void(TransitionRequest&)>& fill = {}) {
        TransitionRequest request = TransitionRequest::of(action, date.isValid() ? date : clock.today());
        if (Workflow::needsLetter(action))
            request.letter = LetterOrigin::Program; // as sending the verdagings- or afdoeningsbrief does
        if (fill)
            fill(request);
        const TransitionResult result = session->workflow().apply(c, request, clock.now(), user());
        INFO(Workflow::code(action).toStdString() << ": " << result.reason.toStdString());
        REQUIRE(result.ok);
        session->cases().save(c);
    }

    void at(const char* isoDay, int hour = 10, int minute = 30) {
        clock.set(QDateTime(d(isoDay), QTime(hour, minute)));
    }

    // A stored case in a state the letter type fits on the clock's day (see caseFor in the .cpp-less
    // helpers below); the clock is moved to the letter date the tests assume.
    Case formalCase() {
        Case c = stored(klaagschrift());
        step(c, WorkflowAction::StartInformal, d("2025-03-10"));
        step(c, WorkflowAction::StartFormal, d("2025-03-11"));
        return c;
    }
};
