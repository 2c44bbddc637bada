// Beheer ▸ Audittrail: who did what, when, on which case — filtered by case reference and period,
// shown a page at a time (a large file has millions of rows), and exported as CSV. For the
// beheerder only (the main window enables the menu entry by Permissions). The export itself is
// recorded in the audit trail.
#pragma once

#include "audit/audittrail.h"

#include <QDialog>

class MunicipalitySession;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class AuditView : public QDialog {
    Q_OBJECT
public:
    static constexpr int PageSize = 500;

    explicit AuditView(MunicipalitySession& session, QWidget* parent = nullptr);

    // Shows the first page of the rows of this case (reference) and period (null dates: open).
    void setFilter(const QString& reference, QDate from, QDate to);
    AuditFilter filter() const;
    QTableWidget* table() const { return m_table; }
    QString status() const;
    void nextPage();
    void previousPage();
    // Writes the rows of the current filter (all pages) to path; returns the number written, -1 on
    // failure (the message is shown in the status line).
    qint64 exportTo(const QString& path);

private:
    void search();
    void showPage();
    void chooseExport();

    MunicipalitySession& m_session;
    AuditTrail m_trail;
    QLineEdit* m_reference;
    QCheckBox* m_usePeriod;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_export;
    qint64 m_total = 0;
    int m_offset = 0;
};
