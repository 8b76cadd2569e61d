// The simulator's sentences as data (core::Message) and their one formatter (app/base/reasontext):
// in English the formatter gives exactly the strings of the JSON; with a translation every
// template goes through it and the ids, addresses and ports stay as they were.

#include "app/base/reasontext.h"
#include "core/io/source.h"
#include "core/model/design.h"
#include "core/sim/reasontexts.h"
#include "core/sim/simulator.h"

#include <QDir>
#include <QTranslator>
#include <QtTest>

using namespace mailpath;
using namespace mailpath::core;

namespace {

/** Marks every translated template, so a test sees which text went through the catalogue. */
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QStringLiteral("<%1|%2>").arg(QString::fromUtf8(context), QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

/** Every trace of a design: its declared flows and every default source x sink x SMTP port. */
std::vector<Trace> allTraces(const Design &design)
{
    const Simulator simulator(design);
    std::vector<Trace> traces;
    for (const auto &f : design.flows())
        traces.push_back(simulator.trace(Query{f.from, f.to, f.port}));
    for (const auto &from : simulator.defaultSources())
        for (const auto &to : simulator.defaultSinks())
            for (const uint16_t port : {25, 465, 587, 2525})
                traces.push_back(simulator.trace(Query{from, to, port}));
    return traces;
}

std::vector<std::string> designFiles()
{
    std::vector<std::string> files;
    const QDir templates(QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates"));
    for (const auto &name : templates.entryList({QStringLiteral("*.mailpath.json")}))
        files.push_back(templates.filePath(name).toStdString());
    const QDir seeds(QStringLiteral(MAILPATH_SOURCE_DIR "/tests/data/seed-components"));
    for (const auto &dir : seeds.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        files.push_back(seeds.filePath(dir).toStdString()); // AWS snapshots
    return files;
}

} // namespace

class TestReasonText : public QObject
{
    Q_OBJECT

private slots:
    void substitutesEachArgumentOnce()
    {
        QCOMPARE(substituteArgs("%1 to %2, again %1", {"a", "b"}), std::string("a to b, again a"));
        // An argument that looks like a placeholder is not substituted again.
        QCOMPARE(substituteArgs("%1 and %2", {"%2", "x"}), std::string("%2 and x"));
        QCOMPARE(substituteArgs("100% of %1, %3 missing", {"ports"}),
                 std::string("100% of ports, %3 missing"));
    }

    void composesPhrasesAndNestedArguments()
    {
        Message m(texts::naclInboundDeny,
                  {"acl-1", "subnet-1", "10.0.1.0/24", "25", "198.51.100.7",
                   TextArg({Phrase{&texts::aclPortsDenied, {"25", "*"}}})});
        m.append(texts::naclPartial);
        const std::string english = englishText(m);
        QCOMPARE(english, std::string("network ACL acl-1 of subnet subnet-1 (10.0.1.0/24) denies "
                                      "inbound TCP 25 from 198.51.100.7 (ports 25 denied by rule "
                                      "*). Only part of the port range passes, so connections "
                                      "fail intermittently, whenever the chosen port falls in "
                                      "the denied part"));
        QCOMPARE(app::localized(m).toStdString(), english);
        QCOMPARE(englishText(Message::literal("email-smtp.eu-west-1.amazonaws.com")),
                 std::string("email-smtp.eu-west-1.amazonaws.com"));
    }

    // English output stays byte for byte what it was: the CLI's table and the JSON agree.
    void englishFormatterMatchesTheJsonStrings()
    {
        QVERIFY(!app::textTranslator());
        size_t blocked = 0, notes = 0, hopNotes = 0;
        for (const auto &file : designFiles()) {
            Design design;
            InputError error;
            Diagnostics diagnostics;
            QVERIFY2(loadSource(file, design, diagnostics, error), file.c_str());
            for (const auto &t : allTraces(design)) {
                if (t.blockedAt) {
                    ++blocked;
                    QVERIFY2(!t.blockedAt->detailMessage.empty(), t.blockedAt->detail.c_str());
                    QCOMPARE(app::detailText(*t.blockedAt).toStdString(), t.blockedAt->detail);
                    QCOMPARE(app::fixText(*t.blockedAt).toStdString(), t.blockedAt->fix);
                }
                QCOMPARE(t.noteMessages.size(), t.notes.size());
                QCOMPARE(t.warningMessages.size(), t.warnings.size());
                const QStringList noteList = app::noteTexts(t);
                for (size_t i = 0; i < t.notes.size(); ++i)
                    QCOMPARE(noteList[qsizetype(i)].toStdString(), t.notes[i]);
                notes += t.notes.size() + t.warnings.size();
                const QStringList warnings = app::warningTexts(t);
                QCOMPARE(size_t(warnings.size()), t.warnings.size());
                for (size_t i = 0; i < t.warnings.size(); ++i)
                    QCOMPARE(warnings[qsizetype(i)].toStdString(), t.warnings[i]);
                for (const auto *hops : {&t.forward, &t.reply})
                    for (const auto &h : *hops) {
                        QCOMPARE(app::noteText(h).toStdString(), h.note);
                        hopNotes += !h.note.empty();
                    }
            }
        }
        QVERIFY(blocked > 20);
        QVERIFY(notes > 0);
        QVERIFY(hopNotes > 10);
    }

    // With a translation, every sentence comes from the catalogue: nothing English leaks past it.
    void everySentenceGoesThroughTheTranslation()
    {
        MarkingTranslator marking;
        app::setTextTranslator(&marking);
        size_t checked = 0;
        for (const auto &file : designFiles()) {
            Design design;
            InputError error;
            Diagnostics diagnostics;
            QVERIFY(loadSource(file, design, diagnostics, error));
            for (const auto &t : allTraces(design)) {
                if (t.blockedAt) {
                    const QString detail = app::detailText(*t.blockedAt);
                    QVERIFY2(detail.startsWith('<'), qPrintable(detail));
                    QVERIFY2(app::fixText(*t.blockedAt).startsWith('<'),
                             qPrintable(app::fixText(*t.blockedAt)));
                    ++checked;
                }
                for (const auto &w : app::warningTexts(t))
                    QVERIFY2(w.startsWith('<'), qPrintable(w));
                for (const auto &n : app::noteTexts(t))
                    QVERIFY2(n.startsWith('<'), qPrintable(n));
            }
        }
        app::setTextTranslator(nullptr);
        QVERIFY(checked > 20);
        const Message m(texts::routeNoMatch, {"rtb-1", "203.0.113.9"});
        QCOMPARE(app::localized(m), QStringLiteral("route table rtb-1 has no route for 203.0.113.9"));
    }
};

QTEST_GUILESS_MAIN(TestReasonText)
#include "tst_reasontext.moc"
