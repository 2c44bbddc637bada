// Writes outlook-attachments.msg, the Outlook message the tests read: an OLE2 compound file with the MAPI
// properties of [MS-OXMSG], written with libgsf's compound-file writer. Its message has a Unicode subject
// and body, a sender with name and SMTP address, a submit time, and three attachments: a PDF (by value),
// an inline image (hidden, with a content id) and a message embedded whole (attach method 5) that holds a
// PDF itself. Built with the tests (target make_test_msg) so that it keeps compiling; the tests check that
// it still writes exactly the committed file.
//
//   make_test_msg PARTS_FOLDER OUTPUT.msg
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-stdio.h>
#include <gsf/gsf-utils.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

// UTF-16LE of a UTF-8 string (the sample texts are within the Basic Multilingual Plane).
Bytes utf16(const std::string& utf8) {
    Bytes out;
    for (std::size_t i = 0; i < utf8.size();) {
        unsigned c = static_cast<unsigned char>(utf8[i]);
        std::uint32_t code = c;
        int extra = 0;
        if (c >= 0xE0) {
            code = c & 0x0F;
            extra = 2;
        } else if (c >= 0xC0) {
            code = c & 0x1F;
            extra = 1;
        }
        for (int k = 1; k <= extra; ++k)
            code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        i += 1 + extra;
        out.push_back(std::uint8_t(code & 0xFF));
        out.push_back(std::uint8_t(code >> 8));
    }
    out.push_back(0);
    out.push_back(0);
    return out;
}

void put32(Bytes& b, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        b.push_back(std::uint8_t(v >> (8 * i)));
}

void put64(Bytes& b, std::uint64_t v) {
    for (int i = 0; i < 8; ++i)
        b.push_back(std::uint8_t(v >> (8 * i)));
}

void writeStream(GsfOutfile* parent, const std::string& name, const Bytes& data) {
    GsfOutput* child = gsf_outfile_new_child(parent, name.c_str(), FALSE);
    gsf_output_write(child, data.size(), data.data());
    gsf_output_close(child);
    g_object_unref(child);
}

std::string substg(std::uint32_t tag) {
    char name[32];
    std::snprintf(name, sizeof name, "__substg1.0_%08X", tag);
    return name;
}

// A storage's properties: the fixed-size ones go into __properties_version1.0, the others into streams
// of their own (with an entry giving their size).
class Properties {
public:
    void string(std::uint16_t id, const std::string& utf8) {
        variable((std::uint32_t(id) << 16) | 0x001F, utf16(utf8));
    }
    void binary(std::uint16_t id, const Bytes& data) { variable((std::uint32_t(id) << 16) | 0x0102, data); }
    void integer(std::uint16_t id, std::uint32_t value) { fixed((std::uint32_t(id) << 16) | 0x0003, value); }
    void boolean(std::uint16_t id, bool value) { fixed((std::uint32_t(id) << 16) | 0x000B, value ? 1 : 0); }
    void time(std::uint16_t id, std::uint64_t filetime) { fixed((std::uint32_t(id) << 16) | 0x0040, filetime); }

    void write(GsfOutfile* storage, const Bytes& header) const {
        Bytes table = header;
        for (const Entry& e : m_entries) {
            put32(table, e.tag);
            put32(table, 0x00000006); // readable, writable
            put64(table, e.value);
        }
        writeStream(storage, "__properties_version1.0", table);
        for (const Entry& e : m_entries) {
            if (e.isStream)
                writeStream(storage, substg(e.tag), e.data);
        }
    }

private:
    struct Entry {
        std::uint32_t tag;
        std::uint64_t value;
        bool isStream;
        Bytes data;
    };
    void variable(std::uint32_t tag, const Bytes& data) { m_entries.push_back({tag, data.size(), true, data}); }
    void fixed(std::uint32_t tag, std::uint64_t value) { m_entries.push_back({tag, value, false, {}}); }

    std::vector<Entry> m_entries;
};

Bytes topHeader(std::uint32_t recipients, std::uint32_t attachments) {
    Bytes h(8, 0);
    put32(h, recipients);
    put32(h, attachments);
    put32(h, recipients);
    put32(h, attachments);
    h.resize(32, 0);
    return h;
}

// 2025-03-10 10:30:00 UTC as a FILETIME (100 ns since 1601).
constexpr std::uint64_t SubmitTime = (1741602600ULL + 11644473600ULL) * 10000000ULL;
constexpr std::uint64_t EarlierTime = (1741341600ULL + 11644473600ULL) * 10000000ULL; // 2025-03-07 10:00 UTC

void writeNameIds(GsfOutfile* root) {
    GsfOutfile* names = GSF_OUTFILE(gsf_outfile_new_child(root, "__nameid_version1.0", TRUE));
    writeStream(names, "__substg1.0_00020102", {});
    writeStream(names, "__substg1.0_00030102", {});
    writeStream(names, "__substg1.0_00040102", {});
    gsf_output_close(GSF_OUTPUT(names));
    g_object_unref(names);
}

void attachment(GsfOutfile* root, int index, const Properties& p) {
    char name[40];
    std::snprintf(name, sizeof name, "__attach_version1.0_#%08X", index);
    GsfOutfile* storage = GSF_OUTFILE(gsf_outfile_new_child(root, name, TRUE));
    p.write(storage, Bytes(8, 0));
    gsf_output_close(GSF_OUTPUT(storage));
    g_object_unref(storage);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "gebruik: make_test_msg MAP-MET-ONDERDELEN UIT.msg\n");
        return 2;
    }
    gsf_init();
    const std::string parts = argv[1];
    const Bytes pdf = readFile(parts + "/verslag.pdf");
    const Bytes png = readFile(parts + "/foto.png");
    if (pdf.empty() || png.empty()) {
        std::fprintf(stderr, "onderdelen niet gevonden in %s\n", parts.c_str());
        return 1;
    }
    GError* error = nullptr;
    GsfOutput* file = gsf_output_stdio_new(argv[2], &error);
    if (!file) {
        std::fprintf(stderr, "kan %s niet schrijven\n", argv[2]);
        return 1;
    }
    GsfOutfile* root = gsf_outfile_msole_new(file);

    Properties message;
    message.string(0x001A, "IPM.Note");
    message.string(0x0037, "Klacht over de Wmo-consulent – geen reactie");
    message.time(0x0039, SubmitTime);
    message.time(0x0E06, SubmitTime + 30ULL * 10000000ULL);
    message.string(0x0C1A, "Hendrika de Wit-Ëlzinga");
    message.string(0x0C1F, "/O=EXCHANGEORG/OU=GEMEENTE/CN=RECIPIENTS/CN=HDEWIT");
    message.string(0x5D01, "h.dewit@example.nl");
    message.string(0x1000, "Geachte heer, mevrouw,\r\n\r\nSinds januari wacht ik op een herindicatie voor "
                           "huishoudelijke hulp. De consulent belt niet terug.\r\nIn de bijlage het verslag en een "
                           "foto van de brief.\r\n\r\nMet vriendelijke groet,\r\nHendrika de Wit");
    message.integer(0x3FDE, 65001);
    message.write(root, topHeader(0, 3));
    writeNameIds(root);

    Properties pdfAttachment;
    pdfAttachment.integer(0x3705, 1);
    pdfAttachment.string(0x3704, "VERSLA~1.PDF");
    pdfAttachment.string(0x3707, "verslag keukentafelgesprek.pdf");
    pdfAttachment.string(0x370E, "application/pdf");
    pdfAttachment.binary(0x3701, pdf);
    attachment(root, 0, pdfAttachment);

    Properties inlineImage;
    inlineImage.integer(0x3705, 1);
    inlineImage.string(0x3707, "image001.png");
    inlineImage.string(0x370E, "image/png");
    inlineImage.string(0x3712, "image001.png@01DB9134.0A1B2C30");
    inlineImage.boolean(0x7FFE, true);
    inlineImage.binary(0x3701, png);
    attachment(root, 1, inlineImage);

    // A message embedded whole: the neighbour's earlier e-mail, with the same report attached.
    {
        GsfOutfile* storage = GSF_OUTFILE(gsf_outfile_new_child(root, "__attach_version1.0_#00000002", TRUE));
        Properties a;
        a.integer(0x3705, 5);
        a.string(0x3001, "Eerdere e-mail van de buurvrouw");
        a.write(storage, Bytes(8, 0));
        GsfOutfile* embedded = GSF_OUTFILE(gsf_outfile_new_child(storage, "__substg1.0_3701000D", TRUE));
        Properties inner;
        inner.string(0x001A, "IPM.Note");
        inner.string(0x0037, "Hulp voor mevrouw De Wit");
        inner.time(0x0039, EarlierTime);
        inner.string(0x0C1A, "Gerda Smit");
        inner.string(0x5D01, "gerda.smit@example.nl");
        inner.string(0x1000, "Mijn buurvrouw krijgt al weken geen hulp meer.");
        Bytes header(24, 0);
        inner.write(embedded, header);
        GsfOutfile* innerAttachment =
            GSF_OUTFILE(gsf_outfile_new_child(embedded, "__attach_version1.0_#00000000", TRUE));
        Properties innerPdf;
        innerPdf.integer(0x3705, 1);
        innerPdf.string(0x3707, "verslag.pdf");
        innerPdf.string(0x370E, "application/pdf");
        innerPdf.binary(0x3701, pdf);
        innerPdf.write(innerAttachment, Bytes(8, 0));
        gsf_output_close(GSF_OUTPUT(innerAttachment));
        g_object_unref(innerAttachment);
        gsf_output_close(GSF_OUTPUT(embedded));
        g_object_unref(embedded);
        gsf_output_close(GSF_OUTPUT(storage));
        g_object_unref(storage);
    }

    gsf_output_close(GSF_OUTPUT(root));
    g_object_unref(root);
    g_object_unref(file);
    gsf_shutdown();
    return 0;
}
