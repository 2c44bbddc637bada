// The Documenten tab and the e-mail intake in the GUI: a PDF and a PNG preview inside the program, files
// added by the tab (and refused over the limit with nothing stored), opened from a private temporary
// copy, removed after asking; an e-mail dropped on the main window fills the intake dialog and registers
// the case with the message and its attachments as documents, and a broken one registers nothing.
// Screenshots (hidden tag [screenshots]): AANTAFEL_SCREENSHOT_DIR=/tmp/shots ui_tests "[documentshots]"
#include "test_casefilefixture.h"
#include "testsupport.h"

#include "casefile/casefilewidget.h"
#include "documents/documentpreview.h"
#include "documents/documentservice.h"
#include "documents/documentstab.h"
#include "intake/datefield.h"
#include "intake/intakedialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace {

QString dataPath(const char* name) {
    return QStringLiteral(AANTAFEL_TEST_DATA "/mail/") + QString::fromLatin1(name);
}

struct DocumentsFixture : CaseFileFixture {
    DocumentsFixture()
        : CaseFileFixture(d("2025-03-10")) {
        c = phoneComplaint(d("2025-03-03"));
        session->cases().save(c);
    }
    Case c;
};

// Closes every message box that appears while it lives, keeping their texts.
class MessageBoxCloser {
public:
    MessageBoxCloser() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    texts << box->text();
                    box->accept();
                }
            }
        });
        m_timer.start(10);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

} // namespace

TEST_CASE("a PDF's first page and a PNG are previewed inside the program, other files are not") {
    const DocumentPreview::Result pdf =
        DocumentPreview::render(readFile(dataPath("parts/verslag.pdf")), QStringLiteral("application/pdf"), 400);
    REQUIRE_FALSE(pdf.image.isNull());
    CHECK(pdf.image.width() >= 390);
    CHECK(pdf.image.width() <= 410);
    CHECK(pdf.pages == 1);
    CHECK(pdf.note == QStringLiteral("Pagina 1 van 1"));

    const DocumentPreview::Result png =
        DocumentPreview::render(readFile(dataPath("parts/foto.png")), QStringLiteral("image/png"), 400);
    REQUIRE_FALSE(png.image.isNull());
    CHECK(png.pages == 1);

    CHECK(DocumentPreview::canPreview(QStringLiteral("application/pdf")));
    CHECK(DocumentPreview::canPreview(QStringLiteral("image/png")));
    CHECK(DocumentPreview::canPreview(QStringLiteral("image/jpeg")));
    CHECK_FALSE(DocumentPreview::canPreview(QStringLiteral("application/vnd.ms-outlook")));
    const DocumentPreview::Result broken =
        DocumentPreview::render("%PDF-1.4 dit is geen pdf", QStringLiteral("application/pdf"), 400);
    CHECK(broken.image.isNull());
    CHECK(broken.note.contains(QStringLiteral("kan niet worden gelezen")));
}

TEST_CASE("the Documenten tab adds, previews, opens from a private copy and removes documents") {
    DocumentsFixture f;
    CaseFileWidget file(*f.session, f.notifier, f.stack, f.c.id);
    file.resize(1200, 800);
    file.show();
    DocumentsTab* tab = file.documentsTab();
    REQUIRE(tab);
    CHECK(tab->list()->topLevelItemCount() == 0);

    const QString pdf = f.dir.path(QStringLiteral("klaagschrift.pdf"));
    writeFile(pdf, readFile(dataPath("parts/verslag.pdf")));
    const QString png = f.dir.path(QStringLiteral("foto.png"));
    writeFile(png, readFile(dataPath("parts/foto.png")));
    CHECK(tab->addFiles({pdf, png}) == 2);
    CHECK(tab->message().startsWith(QStringLiteral("2 document")));
    CHECK(tab->message().endsWith(QStringLiteral("toegevoegd.")));
    REQUIRE(tab->list()->topLevelItemCount() == 2);
    CHECK(tab->list()->topLevelItem(0)->text(0) == QStringLiteral("klaagschrift.pdf"));
    CHECK(tab->list()->topLevelItem(1)->text(1) == QStringLiteral("Bijlage"));

    tab->list()->setCurrentItem(tab->list()->topLevelItem(0));
    REQUIRE_FALSE(tab->previewImage()->pixmap().isNull());
    CHECK(tab->previewNote()->text() == QStringLiteral("Pagina 1 van 1"));
    tab->list()->setCurrentItem(tab->list()->topLevelItem(1));
    CHECK_FALSE(tab->previewImage()->pixmap().isNull());

    QString opened;
    tab->setOpenFile([&opened](const QString& path) {
        opened = path;
        return true;
    });
    tab->openSelected();
    REQUIRE_FALSE(opened.isEmpty());
    CHECK(opened.startsWith(DocumentService::temporaryFolder()));
    CHECK(readFile(opened) == readFile(png));
    CHECK((QFile::permissions(opened) & (QFile::ReadOther | QFile::ReadGroup)) == 0);

    // The audit trail has them added, opened (viewed and the copy) and, below, removed.
    bool asked = false;
    tab->setConfirm([&asked](const QString& question) {
        asked = question.contains(QStringLiteral("foto.png"));
        return true;
    });
    tab->removeSelected();
    CHECK(asked);
    CHECK(tab->list()->topLevelItemCount() == 1);
    CHECK(DocumentService(*f.reopen()).list(f.c.id).size() == 1);
    DocumentService::removeTemporaryCopies();
    CHECK_FALSE(QFile::exists(opened));
}

TEST_CASE("a file over the municipality's limit is refused in the tab and nothing is stored") {
    DocumentsFixture f;
    MunicipalitySettings settings = f.session->settings();
    settings.documentLimitMegabytes = 1;
    f.session->saveSettings(settings);
    CaseFileWidget file(*f.session, f.notifier, f.stack, f.c.id);
    const QString big = f.dir.path(QStringLiteral("video.mp4"));
    writeFile(big, QByteArray(1024 * 1024 + 1, 'x'));
    CHECK(file.documentsTab()->addFiles({big}) == 0);
    CHECK(file.documentsTab()->message().contains(QStringLiteral("hoogstens 1,0 MB")));
    CHECK(DocumentService(*f.reopen()).list(f.c.id).isEmpty());
}

TEST_CASE("an e-mail dropped on the main window fills the intake dialog and registers case and documents") {
    DocumentsFixture f;
    MainWindow window(f.clock);
    REQUIRE(window.openFile(f.path));
    QString filledName, filledEmail, filledStory, channel;
    QDate filledDated;
    int listed = 0;
    window.setIntakeRunner([&](IntakeDialog& dialog) {
        filledDated = dialog.findChild<DateField*>(QStringLiteral("klaagschriftDatedEdit"))->date();
        filledName = dialog.findChild<QLineEdit*>(QStringLiteral("klagerName"))->text();
        filledEmail = dialog.findChild<QLineEdit*>(QStringLiteral("klagerEmail"))->text();
        filledStory = dialog.findChild<QPlainTextEdit*>(QStringLiteral("storyEdit"))->toPlainText();
        channel = dialog.findChild<QComboBox*>(QStringLiteral("channelCombo"))->currentText();
        listed = dialog.findChild<QListWidget*>(QStringLiteral("mailDocuments"))->count();
        dialog.findChild<QComboBox*>(QStringLiteral("domainCombo"))->setCurrentIndex(1);
        dialog.accept();
        return dialog.QDialog::result() == QDialog::Accepted;
    });
    const qint64 id = window.registerFromMail(dataPath("base64-utf8-attachments.eml"));
    REQUIRE(id > 0);
    CHECK(filledName == QStringLiteral("Özlem Yıldız"));
    CHECK(filledEmail.contains(u'@'));
    CHECK(filledStory.contains(QStringLiteral("Beste medewerker,")));
    CHECK(channel == EnumText::label(Channel::Email));
    CHECK(listed == 3);                      // the message, the PDF and the photo
    CHECK(filledDated == QDate(2025, 3, 5)); // the message's Date is the klaagschrift's dagtekening
    const Case c = f.stored(id);
    CHECK(c.channel == Channel::Email);
    CHECK(c.klaagschriftDated == QDate(2025, 3, 5));
    CHECK(c.klager.name == QStringLiteral("Özlem Yıldız"));
    const QList<DocumentInfo> documents = DocumentService(*f.reopen()).list(id);
    REQUIRE(documents.size() == 3);
    CHECK(documents.at(0).kind == DocumentKind::Email);
    CHECK(documents.at(1).name == QStringLiteral("verslag gesprek één.pdf"));
    CHECK(documents.at(1).parentId == documents.at(0).id);
}

TEST_CASE("a broken e-mail dropped on the window is refused with a reason and registers nothing") {
    DocumentsFixture f;
    MainWindow window(f.clock);
    REQUIRE(window.openFile(f.path));
    bool dialogShown = false;
    window.setIntakeRunner([&dialogShown](IntakeDialog&) {
        dialogShown = true;
        return true;
    });
    const qint64 before = f.reopen()->cases().count();
    MessageBoxCloser closer;
    CHECK(window.registerFromMail(dataPath("broken-truncated.eml")) == 0);
    CHECK(window.registerFromMail(dataPath("broken-not-outlook.msg")) == 0);
    CHECK_FALSE(dialogShown);
    REQUIRE(closer.texts.size() == 2);
    CHECK(f.reopen()->cases().count() == before);
}

TEST_CASE("screenshots of the Documenten tab and of the intake filled in from an e-mail", "[.][documentshots]") {
    const QString dir = qEnvironmentVariable("AANTAFEL_SCREENSHOT_DIR", QDir::tempPath());
    DocumentsFixture f;
    {
        CaseFileWidget file(*f.session, f.notifier, f.stack, f.c.id);
        file.resize(1366, 720);
        file.show();
        const QString pdf = f.dir.path(QStringLiteral("verslag gesprek.pdf"));
        writeFile(pdf, readFile(dataPath("parts/verslag.pdf")));
        const QString png = f.dir.path(QStringLiteral("foto van de brief.png"));
        writeFile(png, readFile(dataPath("parts/foto.png")));
        file.documentsTab()->addFiles({dataPath("outlook-attachments.msg"), pdf, png});
        file.showTab(CaseFileWidget::Tab::Documents);
        file.documentsTab()->list()->setCurrentItem(file.documentsTab()->list()->topLevelItem(1));
        QApplication::processEvents();
        CHECK(file.grab().save(QDir(dir).filePath(QStringLiteral("documenten.png"))));
        file.showTab(CaseFileWidget::Tab::Overview);
        QApplication::processEvents();
        CHECK(file.grab().save(QDir(dir).filePath(QStringLiteral("overzicht-ombudsman.png"))));
    }
    MainWindow window(f.clock);
    REQUIRE(window.openFile(f.path));
    window.setIntakeRunner([&dir](IntakeDialog& dialog) {
        dialog.show();
        QApplication::processEvents();
        CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("intake-uit-email.png"))));
        return false;
    });
    window.registerFromMail(dataPath("outlook-attachments.msg"));
}
