// Owns one GObject reference (GMime and libgsf objects) and drops it when it goes, so that a reader
// that returns early or throws leaks nothing.
#pragma once

#include <glib-object.h>

template <typename T> class GObjectRef {
public:
    explicit GObjectRef(T* object = nullptr)
        : m_object(object) {}
    ~GObjectRef() {
        if (m_object)
            g_object_unref(m_object);
    }
    GObjectRef(const GObjectRef&) = delete;
    GObjectRef& operator=(const GObjectRef&) = delete;
    T* get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T* m_object;
};
