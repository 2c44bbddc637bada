// The dashboard: the five charts of the yearly report (complaints per quarter by domain, outcomes,
// on-time percentage per quarter, informal share, top themes) for a chosen year, above a line of key
// figures. Every chart saves as PNG (button or context menu); "Jaarverslag exporteren…" writes the
// publication as PDF, HTML or CSV. Computed only while visible, again after any change.
#pragma once

#include "report/yearreport.h"

#include <QList>
#include <QWidget>

class CaseNotifier;
class ChartView;
class MunicipalitySession;
class QGridLayout;
class QLabel;
class QSpinBox;

class Dashboard : public QWidget {
    Q_OBJECT
public:
    Dashboard(MunicipalitySession& session, CaseNotifier& notifier, QWidget* parent = nullptr);

    void setYear(int year);
    int year() const;
    // Recomputes now (also when hidden).
    void refresh();
    const YearReport& report() const { return m_report; }
    QList<ChartView*> charts() const { return m_charts; }
    QString keyFigures() const;
    // Opens the export dialog for the shown year.
    void exportReport();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();
    QWidget* chartCell(ChartView* chart);

    MunicipalitySession& m_session;
    YearReport m_report;
    QSpinBox* m_year;
    QLabel* m_figures;
    QLabel* m_error;
    QGridLayout* m_grid;
    QList<ChartView*> m_charts;
    bool m_stale = true;
};
