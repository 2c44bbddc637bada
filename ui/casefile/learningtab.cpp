#include "learningtab.h"

#include "learning/casemeasurespanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LearningTab::LearningTab(MunicipalitySession& session, CaseNotifier& notifier, QUndoStack& stack, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("learningTab"));

    auto* themesGroup = new QGroupBox(tr("Thema's"), this);
    auto* intro = new QLabel(tr("Kies de thema's die bij deze klacht horen. Zo zijn klachten met hetzelfde "
                                "onderliggende probleem later samen terug te vinden."),
                             themesGroup);
    intro->setWordWrap(true);
    m_themes = new QListWidget(themesGroup);
    m_themes->setObjectName(QStringLiteral("themesList"));
    m_themes->setAccessibleName(tr("Thema's van deze zaak"));
    connect(m_themes, &QListWidget::itemChanged, this, &LearningTab::toggled);
    auto* listLabel = new QLabel(tr("Thema's van deze &zaak:"), themesGroup);
    listLabel->setBuddy(m_themes);

    m_newTheme = new QLineEdit(themesGroup);
    m_newTheme->setObjectName(QStringLiteral("newThemeEdit"));
    m_newTheme->setAccessibleName(tr("Nieuw thema"));
    m_newTheme->setPlaceholderText(tr("Een thema dat nog niet in de lijst staat"));
    auto* add = new QPushButton(tr("Thema toe&voegen"), themesGroup);
    m_addTheme = add;
    add->setObjectName(QStringLiteral("newThemeAdd"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &LearningTab::addTheme);
    connect(m_newTheme, &QLineEdit::returnPressed, this, &LearningTab::addTheme);
    auto* newLabel = new QLabel(tr("&Nieuw thema:"), themesGroup);
    newLabel->setBuddy(m_newTheme);
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(newLabel);
    newRow->addWidget(m_newTheme, 1);
    newRow->addWidget(add);

    auto* themesLayout = new QVBoxLayout(themesGroup);
    themesLayout->addWidget(intro);
    themesLayout->addWidget(listLabel);
    themesLayout->addWidget(m_themes, 1);
    themesLayout->addLayout(newRow);

    auto* measuresGroup = new QGroupBox(tr("Verbetermaatregelen"), this);
    m_measures = new CaseMeasuresPanel(session, notifier, stack, measuresGroup);
    auto* measuresLayout = new QVBoxLayout(measuresGroup);
    measuresLayout->addWidget(m_measures);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(themesGroup, 1);
    layout->addWidget(measuresGroup, 1);
}

void LearningTab::setCase(const Case& c, const QStringList& themeList) {
    m_case = c;
    m_measures->setCaseId(c.id);
    QStringList names = themeList;
    for (const QString& theme : c.themes) {
        if (!names.contains(theme, Qt::CaseInsensitive))
            names << theme;
    }
    const QString current = m_themes->currentItem() ? m_themes->currentItem()->text() : QString();
    m_filling = true;
    m_themes->clear();
    for (const QString& name : std::as_const(names)) {
        auto* item = new QListWidgetItem(name, m_themes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(c.themes.contains(name, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
        if (name == current)
            m_themes->setCurrentItem(item);
    }
    m_filling = false;
}

void LearningTab::toggled(QListWidgetItem* item) {
    if (m_filling || !item)
        return;
    const QString theme = item->text();
    const bool on = item->checkState() == Qt::Checked;
    Case after = m_case;
    after.themes.removeIf([&](const QString& t) { return t.compare(theme, Qt::CaseInsensitive) == 0; });
    if (on)
        after.themes.append(theme);
    if (after.themes == m_case.themes)
        return;
    const QString text = on ? tr("Thema toevoegen: %1").arg(theme) : tr("Thema verwijderen: %1").arg(theme);
    // Queued: storing refreshes this list, which must not happen inside the item's own change.
    QMetaObject::invokeMethod(
        this, [this, after, text] { emit editRequested(after, text); }, Qt::QueuedConnection);
}

void LearningTab::addTheme() {
    const QString theme = m_newTheme->text().simplified();
    if (theme.isEmpty())
        return;
    m_newTheme->clear();
    if (m_case.themes.contains(theme, Qt::CaseInsensitive))
        return;
    Case after = m_case;
    after.themes.append(theme);
    emit editRequested(after, tr("Thema toevoegen: %1").arg(theme));
}

void LearningTab::setReadOnly(bool readOnly) {
    m_themes->setEnabled(!readOnly);
    m_newTheme->setReadOnly(readOnly);
    m_addTheme->setEnabled(!readOnly);
    m_measures->setReadOnly(readOnly);
}
