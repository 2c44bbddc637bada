// The operating-system account (storage/systemaccount.h): who a lock record, a registration and the audit
// trail name when nobody signed in otherwise. A program started without USER (a service, a container, a
// scheduled task) still knows its account.
#include "session/municipalitysession.h"
#include "storage/systemaccount.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace {

// Sets or clears the three account variables for one test and puts back what was there.
class AccountEnvironment {
public:
    AccountEnvironment() {
        for (const char* name : Names)
            m_saved.emplace_back(name, qEnvironmentVariableIsSet(name), qgetenv(name));
    }
    ~AccountEnvironment() {
        for (const auto& [name, wasSet, value] : m_saved) {
            if (wasSet)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }
    void clear() {
        for (const char* name : Names)
            qunsetenv(name);
    }

private:
    static constexpr const char* Names[] = {"USER", "USERNAME", "LOGNAME"};
    std::vector<std::tuple<const char*, bool, QByteArray>> m_saved;
};

} // namespace

TEST_CASE("the system account is USER, else USERNAME, else LOGNAME") {
    AccountEnvironment scope;
    scope.clear();
    qputenv("LOGNAME", "l.devries");
    CHECK(SystemAccount::name() == QStringLiteral("l.devries"));
    qputenv("USERNAME", "m.bakker");
    CHECK(SystemAccount::name() == QStringLiteral("m.bakker"));
    qputenv("USER", "f.bakkali");
    CHECK(SystemAccount::name() == QStringLiteral("f.bakkali"));
    CHECK(MunicipalitySession::operatingSystemUser() == QStringLiteral("f.bakkali"));
    qputenv("USER", "  ");
    CHECK(SystemAccount::name() == QStringLiteral("m.bakker"));
}

#ifdef Q_OS_UNIX
TEST_CASE("without an account variable the system account is the account the program runs under") {
    AccountEnvironment scope;
    scope.clear();
    // id(1) asks the system for the effective user's name, independently of the environment.
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    REQUIRE(id.waitForFinished());
    const QString expected = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(SystemAccount::name() == expected);
    CHECK(MunicipalitySession::operatingSystemUser() == expected);
}
#endif
