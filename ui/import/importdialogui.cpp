// ImportDialog: building the widgets and filling its three tables (columns, translations, problems).
#include "importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int Samples = 3;

QTableWidget* table(QWidget* parent, const QString& objectName, const QString& accessibleName,
                    const QStringList& headers) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setDefaultSectionSize(140);
    return t;
}

QTableWidgetItem* item(const QString& text) {
    auto* i = new QTableWidgetItem(QString(text).replace(u'\n', u' ').replace(u'\r', u' '));
    i->setToolTip(text);
    return i;
}

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

void ImportDialog::buildUi() {
    auto* fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setAccessibleName(tr("Register"));
    auto* browse = new QPushButton(tr("&Bladeren…"), this);
    browse->setAccessibleName(tr("Register kiezen"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->setAccessibleName(tr("Scheidingsteken"));
    m_separator->addItem(tr("Automatisch"), QString());
    m_separator->addItem(tr("Puntkomma (;)"), QStringLiteral(";"));
    m_separator->addItem(tr("Komma (,)"), QStringLiteral(","));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setAccessibleName(tr("Tekenset"));
    m_encoding->addItem(tr("Automatisch"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("Windows-1252"));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&Register:"), this);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    auto* readRow = new QHBoxLayout;
    auto* sepLabel = new QLabel(tr("&Scheidingsteken:"), this);
    sepLabel->setBuddy(m_separator);
    auto* encLabel = new QLabel(tr("&Tekenset:"), this);
    encLabel->setBuddy(m_encoding);
    readRow->addWidget(sepLabel);
    readRow->addWidget(m_separator);
    readRow->addSpacing(12);
    readRow->addWidget(encLabel);
    readRow->addWidget(m_encoding);
    auto* excelDates = new QCheckBox(tr("E&xcel-datumnummers als datum lezen"), this);
    excelDates->setObjectName(QStringLiteral("excelDatesCheck"));
    excelDates->setToolTip(tr("Een getal als 45723 is dan 7-3-2025, zoals Excel datums opslaat."));
    connect(excelDates, &QCheckBox::toggled, this, [this](bool on) {
        m_mapping.excelDates = on;
        settingsChanged();
    });
    m_excelDates = excelDates;
    readRow->addSpacing(12);
    readRow->addWidget(excelDates);
    readRow->addStretch();
    form->addRow(QString(), readRow);
    form->addRow(QString(), m_detected);

    m_columns = table(this, QStringLiteral("columnTable"), tr("Kolommen"),
                      {tr("Kolom"), tr("Voorbeelden"), tr("Veld in Aan Tafel")});
    m_translations =
        table(this, QStringLiteral("translationTable"), tr("Vertalingen"), {tr("Veld"), tr("Woord"), tr("Betekent")});
    m_translations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_translations->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_translations->horizontalHeader()->setStretchLastSection(false);
    m_translations->setColumnWidth(2, 170);
    m_problems = table(this, QStringLiteral("problemTable"), tr("Problemen"),
                       {tr("Regel"), tr("Kolom"), tr("Waarde"), tr("Probleem")});

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, split);
    top->addWidget(group(tr("Kolommen"), m_columns, top));
    top->addWidget(group(tr("Onbekende woorden"), m_translations, top));
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 1);
    split->addWidget(top);
    split->addWidget(group(tr("Problemen uit de proefimport"), m_problems, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Voortgang van de proefimport"));
    m_progress->hide();
    m_skip = new QCheckBox(tr("Regels met &problemen overslaan"), this);
    m_skip->setObjectName(QStringLiteral("skipCheck"));

    // Mapping files on the left, the two steps of the import on the right, in the order they are taken.
    auto* load = new QPushButton(tr("Indeling &laden…"), this);
    auto* save = new QPushButton(tr("Indeling opsl&aan…"), this);
    m_dryRunButton = new QPushButton(tr("Pr&oefimport"), this);
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_importButton = new QPushButton(tr("&Importeren"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    auto* close = new QPushButton(tr("Sl&uiten"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch();
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(close);
    for (QPushButton* b : {load, save, m_dryRunButton, m_importButton, close})
        b->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_skip);
    layout->addLayout(buttons);
    resize(980, 680);

    browse->setFocus();
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(load, &QPushButton::clicked, this, &ImportDialog::loadMapping);
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    connect(m_dryRunButton, &QPushButton::clicked, this, &ImportDialog::startDryRun);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const int imported = importNow();
        if (imported < 0)
            return;
        QMessageBox::information(this, tr("Geïmporteerd"),
                                 tr("%1 zaken geïmporteerd uit %2.").arg(imported).arg(m_fileName));
        accept();
    });
    connect(m_skip, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    const auto rereadKeepingColumns = [this] {
        if (m_filling)
            return;
        ImportMapping kept = mapping();
        const QString sep = m_separator->currentData().toString();
        kept.separator = sep.isEmpty() ? std::nullopt : std::optional<QChar>(sep.at(0));
        kept.encoding = CsvReader::encodingFromName(m_encoding->currentData().toString());
        setMapping(kept);
    };
    connect(m_separator, &QComboBox::currentIndexChanged, this, rereadKeepingColumns);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, rereadKeepingColumns);
}

void ImportDialog::fillColumns() {
    m_filling = true;
    m_columns->setRowCount(int(m_table.header.size()));
    for (int col = 0; col < m_table.header.size(); ++col) {
        const QString name = m_table.header.at(col);
        m_columns->setItem(col, 0, item(name.isEmpty() ? tr("kolom %1").arg(col + 1) : name));
        QStringList samples;
        for (qsizetype r = 0; r < m_table.rows.size() && samples.size() < Samples; ++r) {
            const QString v = m_table.rows.at(r).fields.value(col).trimmed();
            if (!v.isEmpty())
                samples << v.left(60);
        }
        m_columns->setItem(col, 1, item(samples.join(QStringLiteral(" · "))));
        auto* combo = new QComboBox(m_columns);
        combo->setAccessibleName(tr("Veld voor kolom %1").arg(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(22);
        combo->addItem(tr("(niet importeren)"));
        for (ImportField f : ImportMapping::allFields())
            combo->addItem(ImportMapping::label(f), int(f));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::settingsChanged);
        m_columns->setCellWidget(col, 2, combo);
    }
    // Column names as wide as they are, the combo boxes as wide as a field label, samples in between.
    m_columns->resizeColumnToContents(0);
    int comboWidth = 140;
    for (int row = 0; row < m_columns->rowCount(); ++row)
        comboWidth = std::max(comboWidth, m_columns->cellWidget(row, 2)->sizeHint().width());
    m_columns->horizontalHeader()->setStretchLastSection(false);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->setColumnWidth(2, comboWidth);
    m_filling = false;
    m_translations->setRowCount(0);
    m_problems->setRowCount(0);
    settingsChanged();
}

void ImportDialog::fillTranslations() {
    m_filling = true;
    m_translations->setRowCount(0);
    for (auto it = m_run.unknownWords.cbegin(); it != m_run.unknownWords.cend(); ++it) {
        const ImportField field = it.key();
        for (const QString& word : *it) {
            const int row = m_translations->rowCount();
            m_translations->insertRow(row);
            m_translations->setItem(row, 0, item(ImportMapping::label(field)));
            m_translations->setItem(row, 1, item(word));
            auto* combo = new QComboBox(m_translations);
            combo->setAccessibleName(tr("Betekenis van '%1'").arg(word));
            combo->addItem(tr("(kies)"));
            for (const auto& [code, label] : ImportMapping::vocabulary(field))
                combo->addItem(label, code);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, field, word, combo] {
                m_mapping.setTranslation(field, word, combo->currentData().toString());
                settingsChanged();
            });
            m_translations->setCellWidget(row, 2, combo);
        }
    }
    m_filling = false;
}

void ImportDialog::fillProblems() {
    m_problems->setRowCount(int(m_run.problems.size()));
    for (int row = 0; row < m_run.problems.size(); ++row) {
        const ImportProblem& p = m_run.problems.at(row);
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, p.line);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, item(p.column));
        m_problems->setItem(row, 2, item(p.value));
        m_problems->setItem(row, 3, item(p.why));
    }
    if (m_problems->rowCount() > 0) {
        m_problems->resizeColumnsToContents();
        m_problems->horizontalHeader()->setStretchLastSection(true);
    }
}
