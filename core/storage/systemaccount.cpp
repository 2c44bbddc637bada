#include "systemaccount.h"

#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace {

QString fromAccountDatabase() {
#ifdef Q_OS_UNIX
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? static_cast<std::size_t>(size) : 16384);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    return {};
}

} // namespace

QString SystemAccount::name() {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = env.value(QString::fromLatin1(variable)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return fromAccountDatabase();
}
