#include "measurestore.h"

#include "casenotifier.h"
#include "learning/measurerepository.h"
#include "session/municipalitysession.h"
#include "storage/transaction.h"

namespace MeasureStore {

void save(MunicipalitySession& session, CaseNotifier& notifier, Measure& edited) {
    MeasureRepository repository(session);
    Measure work = edited;
    {
        Transaction transaction(session.database());
        if (work.id == 0) {
            repository.save(work);
        } else {
            const QList<qint64> before = repository.load(work.id).caseIds;
            repository.save(work);
            for (qint64 id : edited.caseIds) {
                if (!before.contains(id))
                    repository.link(work.id, id);
            }
            for (qint64 id : before) {
                if (!edited.caseIds.contains(id))
                    repository.unlink(work.id, id);
            }
            work.caseIds = repository.load(work.id).caseIds;
        }
        transaction.commit();
    }
    edited = work;
    emit notifier.measuresChanged();
}

} // namespace MeasureStore
