#include "archivedialog.h"

#include "shell/palettestyle.h"
#include "shell/statepalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ArchiveDialog::ArchiveDialog(ArchiveResult derived, const std::optional<ArchiveOverride>& current, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Bewaartermijn kiezen"));
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("archiveResultCombo"));
    m_result->setAccessibleName(tr("Resultaat volgens de Selectielijst"));
    m_result->addItem(tr("Zoals de zaak zelf aangeeft: %1").arg(Selectielijst::basis(derived)), QString());
    for (ArchiveResult result : Selectielijst::results())
        m_result->addItem(Selectielijst::basis(result), Selectielijst::number(result));
    m_result->setCurrentIndex(current ? m_result->findData(Selectielijst::number(current->result)) : 0);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("archiveReasonEdit"));
    m_reason->setAccessibleName(tr("Reden"));
    m_reason->setPlaceholderText(tr("Waarom deze zaak anders wordt bewaard (verplicht)"));
    m_message = new QLabel(this);
    PaletteStyle::text(m_message, StatePalette::Role::Error);
    m_message->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Resultaat:"), m_result);
    form->addRow(tr("R&eden:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArchiveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("De Selectielijst gemeenten 2020 (procestype 13) bepaalt hoe lang een klachtdossier "
                                "wordt bewaard. Kies alleen een ander resultaat als de zaak daar reden voor geeft, "
                                "bijvoorbeeld financiële gevolgen (13.1.1) of invloed op een blijvend te bewaren zaak "
                                "(13.1.3). De keuze en de reden komen in de audittrail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}

std::optional<ArchiveResult> ArchiveDialog::chosen() const {
    return Selectielijst::fromNumber(m_result->currentData().toString());
}

QString ArchiveDialog::reason() const {
    return m_reason->text().simplified();
}

void ArchiveDialog::accept() {
    if (reason().isEmpty()) {
        m_message->setText(tr("Geef een reden op."));
        m_message->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
