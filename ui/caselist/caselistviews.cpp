// The saved views of CaseListWidget: the view chooser, saving and deleting.
#include "caselistwidget.h"

#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolButton>

namespace {

// The first entry of the chooser: no filters, newest first.
SavedView standardView() {
    return {};
}

} // namespace

void CaseListWidget::setSettings(QSettings* settings) {
    m_savedViews.setSettings(settings);
    reloadViewList();
}

void CaseListWidget::reloadViewList() {
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    m_views->addItem(tr("Standaardweergave"), QString());
    for (const SavedView& view : m_savedViews.all())
        m_views->addItem(view.name, view.name);
    syncViewChoice();
}

// Shows which view the list is in: the standard view, a saved one, or none (the placeholder
// "Aangepaste weergave") once the filters or the order were changed by hand.
void CaseListWidget::syncViewChoice() {
    const CaseSelection shown = filter();
    const QList<SavedView> saved = m_savedViews.all();
    auto matchesItem = [&](int i) {
        const QString name = m_views->itemData(i).toString();
        SavedView view = standardView();
        if (!name.isEmpty()) {
            const auto it =
                std::find_if(saved.cbegin(), saved.cend(), [&](const SavedView& v) { return v.name == name; });
            if (it == saved.cend())
                return false;
            view = *it;
        }
        return view.filter == shown && view.sortColumn == m_model->sortColumn() &&
               view.sortOrder == m_model->sortOrder();
    };
    // A chosen view stays shown while it matches, even when another one matches as well.
    int index = m_views->currentIndex() >= 0 && matchesItem(m_views->currentIndex()) ? m_views->currentIndex() : -1;
    for (int i = 0; i < m_views->count() && index < 0; ++i) {
        if (matchesItem(i))
            index = i;
    }
    const QSignalBlocker blocker(m_views);
    m_views->setCurrentIndex(index);
    m_deleteView->setEnabled(index > 0);
}

void CaseListWidget::onViewChosen(int index) {
    const QString name = m_views->itemData(index).toString();
    if (name.isEmpty()) {
        const SavedView standard = standardView();
        applyQuery(standard.filter, standard.sortColumn, standard.sortOrder);
        return;
    }
    applySavedView(name);
}

bool CaseListWidget::applySavedView(const QString& name) {
    const std::optional<SavedView> view = m_savedViews.find(name);
    if (!view)
        return false;
    applyQuery(view->filter, view->sortColumn, view->sortOrder);
    const int index = m_views->findData(view->name);
    if (index >= 0) {
        const QSignalBlocker blocker(m_views);
        m_views->setCurrentIndex(index);
        m_deleteView->setEnabled(true);
    }
    return true;
}

void CaseListWidget::saveCurrentView(const QString& name) {
    SavedView view;
    view.name = name.trimmed();
    view.filter = filter();
    view.sortColumn = m_model->sortColumn();
    view.sortOrder = m_model->sortOrder();
    if (!m_savedViews.save(view))
        return;
    reloadViewList();
    applySavedView(view.name);
}

void CaseListWidget::deleteSavedView(const QString& name) {
    if (m_savedViews.remove(name))
        reloadViewList();
}

void CaseListWidget::askSaveView() {
    const QString current = m_views->currentIndex() > 0 ? m_views->currentText() : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Weergave opslaan"), tr("Naam van de weergave:"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_savedViews.find(name) && name.compare(current, Qt::CaseInsensitive) != 0 &&
        QMessageBox::question(this, tr("Weergave opslaan"),
                              tr("Er is al een weergave \"%1\". Wilt u die vervangen?").arg(name)) != QMessageBox::Yes)
        return;
    saveCurrentView(name);
}

void CaseListWidget::askDeleteView() {
    if (m_views->currentIndex() <= 0)
        return;
    const QString name = m_views->currentData().toString();
    if (QMessageBox::question(this, tr("Weergave verwijderen"), tr("De weergave \"%1\" verwijderen?").arg(name)) ==
        QMessageBox::Yes)
        deleteSavedView(name);
}
