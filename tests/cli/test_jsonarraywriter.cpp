// JsonArrayWriter writes, element by element, exactly what QJsonDocument::toJson(Indented) writes for
// the whole array: a script that read `aantafel-cli list --json` before reads the same bytes now.
#include <catch2/catch.hpp>

#include "cli/jsonarraywriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray streamed(const QList<QJsonObject>& elements) {
    QByteArray bytes;
    {
        QTextStream out(&bytes);
        JsonArrayWriter writer(out);
        for (const QJsonObject& o : elements)
            writer.append(o);
        writer.finish();
    } // the stream flushes
    return bytes;
}

QByteArray whole(const QList<QJsonObject>& elements) {
    QJsonArray array;
    for (const QJsonObject& o : elements)
        array.append(o);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

TEST_CASE("a JSON array written element by element is byte for byte Qt's indented array") {
    const QJsonObject plain{{QStringLiteral("reference"), QStringLiteral("KL-2026-0042")},
                            {QStringLiteral("klager"), QStringLiteral("Jörg \"de\" Vries\nTweede regel")},
                            {QStringLiteral("count"), 3}};
    const QJsonObject nested{
        {QStringLiteral("reference"), QStringLiteral("KL-2026-0043")},
        {QStringLiteral("next_deadline"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("handling")},
                                                      {QStringLiteral("due"), QStringLiteral("2026-04-22")}}},
        {QStringLiteral("empty"), QJsonObject{}},
        {QStringLiteral("list"), QJsonArray{1, QStringLiteral("twee"), QJsonArray{}}}};
    const QList<QList<QJsonObject>> cases{{}, {plain}, {plain, nested, QJsonObject{}}, {nested, nested}};
    for (const QList<QJsonObject>& elements : cases) {
        INFO(elements.size() << " elements");
        const QByteArray expected = whole(elements);
        CHECK(streamed(elements) == expected);
        CHECK(QJsonDocument::fromJson(streamed(elements)).array().size() == elements.size());
    }
}

TEST_CASE("a JSON array left unfinished by an error midway stays open: no part passes for the whole") {
    QByteArray bytes;
    {
        QTextStream out(&bytes);
        JsonArrayWriter writer(out);
        writer.append(QJsonObject{{QStringLiteral("reference"), QStringLiteral("KL-2026-0042")}});
    } // as when reading the next row failed
    QJsonParseError error{};
    QJsonDocument::fromJson(bytes, &error);
    CHECK(error.error != QJsonParseError::NoError);
    CHECK_FALSE(bytes.trimmed().endsWith(']'));
}

TEST_CASE("an object with arrays streamed inside it is byte for byte Qt's indented document") {
    // The shape of `aantafel-cli due --format json`: scalars, an object, and an object of arrays (one of
    // them empty) whose elements are streamed, in the object's sorted key order.
    const QJsonObject row{{QStringLiteral("reference"), QStringLiteral("KL-2026-0042")},
                          {QStringLiteral("klager"), QStringLiteral("Ça \"va\"")}};
    const QJsonObject counts{{QStringLiteral("later"), 0}, {QStringLiteral("overdue"), 2}};
    const QJsonObject expectedObject{
        {QStringLiteral("counts"), counts},
        {QStringLiteral("groups"),
         QJsonObject{{QStringLiteral("later"), QJsonArray{}}, {QStringLiteral("overdue"), QJsonArray{row, row}}}},
        {QStringLiteral("today"), QStringLiteral("2026-12-06")},
        {QStringLiteral("warning_working_days"), 5}};
    QByteArray bytes;
    {
        using namespace JsonText;
        QTextStream out(&bytes);
        out << "{\n" << indent(1) << key(QStringLiteral("counts")) << value(counts, 1) << ",\n";
        out << indent(1) << key(QStringLiteral("groups")) << "{\n";
        out << indent(2) << key(QStringLiteral("later"));
        JsonArrayWriter(out, 2).finish();
        out << ",\n" << indent(2) << key(QStringLiteral("overdue"));
        {
            JsonArrayWriter rows(out, 2);
            rows.append(row);
            rows.append(row);
            rows.finish();
        }
        out << "\n" << indent(1) << "},\n";
        out << indent(1) << key(QStringLiteral("today")) << value(QStringLiteral("2026-12-06"), 1) << ",\n";
        out << indent(1) << key(QStringLiteral("warning_working_days")) << value(5, 1) << "\n}\n";
    }
    CHECK(bytes == QJsonDocument(expectedObject).toJson(QJsonDocument::Indented));
}

TEST_CASE("an object written as text is byte for byte Qt's indented object, at every depth") {
    // Every character JSON escapes, the ones it does not (DEL, non-ASCII, an emoji as a surrogate pair),
    // keys inserted out of order and one inserted twice, a nested object and an empty one.
    QString awkward = QStringLiteral("a\"b\\c/d\b\f\n\r\t") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) +
                      QStringLiteral("é €") + QString::fromUtf8("\xF0\x9F\x98\x80");
    JsonObjectText text;
    QJsonObject object;
    text.insert(QStringLiteral("zeta"), awkward).insert(QStringLiteral("alpha"), qint64(-42));
    object.insert(QStringLiteral("zeta"), awkward);
    object.insert(QStringLiteral("alpha"), qint64(-42));
    text.insert(QStringLiteral("alpha"), qint64(1234567890123));
    object.insert(QStringLiteral("alpha"), qint64(1234567890123));
    text.insert(QStringLiteral("empty"), JsonObjectText());
    object.insert(QStringLiteral("empty"), QJsonObject());
    text.insert(QStringLiteral("Upper"), QString());
    object.insert(QStringLiteral("Upper"), QString());
    JsonObjectText inner;
    inner.insert(QStringLiteral("due"), QStringLiteral("2026-04-22")).insert(QStringLiteral("b\"q"), qint64(0));
    text.insert(QStringLiteral("next"), inner);
    object.insert(QStringLiteral("next"),
                  QJsonObject{{QStringLiteral("due"), QStringLiteral("2026-04-22")}, {QStringLiteral("b\"q"), 0}});
    for (int depth : {0, 1, 2}) {
        INFO("depth " << depth);
        CHECK(text.text(depth).toUtf8() == JsonText::value(object, depth));
    }
    CHECK(QJsonDocument::fromJson(text.text(0).toUtf8()).object() == object);
}

TEST_CASE("objects written as text stream into an array exactly as Qt writes the array of objects") {
    JsonObjectText row;
    row.insert(QStringLiteral("reference"), QStringLiteral("KL-2026-0042"))
        .insert(QStringLiteral("klager"), QStringLiteral("Jörg \"de\" Vries\nTweede regel"));
    const QJsonObject same{{QStringLiteral("reference"), QStringLiteral("KL-2026-0042")},
                           {QStringLiteral("klager"), QStringLiteral("Jörg \"de\" Vries\nTweede regel")}};
    for (int depth : {0, 2}) {
        QByteArray bytes;
        QByteArray expected;
        {
            QTextStream out(&bytes);
            JsonArrayWriter writer(out, depth);
            writer.append(row);
            writer.append(JsonObjectText());
            writer.append(row);
            writer.finish();
            QTextStream reference(&expected);
            JsonArrayWriter qt(reference, depth);
            qt.append(same);
            qt.append(QJsonObject());
            qt.append(same);
            qt.finish();
        }
        INFO("depth " << depth);
        CHECK(bytes == expected);
    }
}
