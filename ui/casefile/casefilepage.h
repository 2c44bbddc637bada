// What the case file asks of each of its tabs, and offers them (in the spirit of KeePassXC's
// EditWidget pages): a tab shows the case editable or read-only when told (setReadOnly), and says
// what went wrong or what happened through the case file's one message bar (showMessage), never
// through a message line of its own. The case file never reaches into a tab's widgets.
#pragma once

#include "shell/bannerbar.h"

#include <QString>

#include <functional>

class CaseFilePage {
public:
    // Shows text in the container's message bar; an empty text clears it.
    using Messenger = std::function<void(const QString& text, BannerBar::Tone tone)>;

    // Read-only: everything stays visible and its text selectable; nothing can be changed. Called on
    // every reload, so that a page can become editable again.
    virtual void setReadOnly(bool readOnly) = 0;
    void setMessenger(Messenger messenger) { m_messenger = std::move(messenger); }
    // The last message the page gave, empty once cleared (also without a container, for tests).
    QString message() const { return m_message; }

protected:
    ~CaseFilePage() = default;
    void showMessage(const QString& text, BannerBar::Tone tone = BannerBar::Tone::Warning) {
        m_message = text;
        if (m_messenger)
            m_messenger(text, tone);
    }
    void clearMessage() { showMessage({}); }

private:
    Messenger m_messenger;
    QString m_message;
};
