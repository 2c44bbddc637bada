// The beheerder's choice of another Selectielijst result for one case (CaseArchive::setOverride), or
// back to the result the case itself gives (clearOverride): the results of procestype 13 with their
// terms, and the reason, which is required and goes into the audit trail.
#pragma once

#include "privacy/selectielijst.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

class ArchiveDialog : public QDialog {
    Q_OBJECT
public:
    // derived: what the case itself gives; current: the beheerder's choice so far, if any.
    ArchiveDialog(ArchiveResult derived, const std::optional<ArchiveOverride>& current, QWidget* parent = nullptr);

    // nullopt: the case's own result decides again.
    std::optional<ArchiveResult> chosen() const;
    QString reason() const;

    void accept() override;

private:
    QComboBox* m_result = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};
