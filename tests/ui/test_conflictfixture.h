// Shared by the safety tests: a stored case that a colleague (Ruud, another session on the same
// file) changes at 14:32 after Fatima loaded it.
#pragma once

#include "test_casefilefixture.h"

#include <QTableWidget>

inline QStringList firstColumn(const QTableWidget* table) {
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << table->item(row, 0)->text();
    return cells;
}

struct ConflictFixture : CaseFileFixture {
    ConflictFixture()
        : CaseFileFixture(d("2026-11-23")) {
        Case c = phoneComplaint(d("2026-11-20"));
        session->cases().save(c);
        before = session->cases().load(c.id);
        colleague = reopen();
    }
    void colleagueChanges(const std::function<void(Case&)>& change) {
        at("2026-11-23", 14, 32);
        Case theirs = colleague->cases().load(before.id);
        change(theirs);
        colleague->cases().save(theirs);
    }

    Case before;
    std::unique_ptr<MunicipalitySession> colleague;
};
