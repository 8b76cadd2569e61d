// Replays every input a fuzzer once crashed on (tests/data/fuzz-regressions/<target>/) and
// the seed corpora (fuzz/corpus/<target>/) through the fuzzers' own entry points, in the
// normal build: a regression aborts the test. See fuzz/run for finding new ones.

#include "fuzz/fuzzentries.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

namespace fs = std::filesystem;

using EntryPoint = std::function<void(std::string_view)>;
Q_DECLARE_METATYPE(EntryPoint)

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void everyTargetHasAFolder();
};

namespace {

struct Target
{
    const char *name;
    EntryPoint entry;
};

const Target targets[] = {
    {"aws_import", mailpath::fuzz::awsImport},
    {"design_reader", mailpath::fuzz::designReader},
    {"cidr_ports", mailpath::fuzz::cidrPorts},
    {"trace", mailpath::fuzz::trace},
};

const fs::path regressionRoot = fs::path(MAILPATH_SOURCE_DIR) / "tests/data/fuzz-regressions";
const fs::path corpusRoot = fs::path(MAILPATH_SOURCE_DIR) / "fuzz/corpus";

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<EntryPoint>("entry");
    for (const auto &target : targets) {
        for (const auto &root : {regressionRoot, corpusRoot}) {
            const fs::path dir = root / target.name;
            if (!fs::is_directory(dir))
                continue;
            std::vector<fs::path> files;
            for (const auto &entry : fs::directory_iterator(dir))
                if (entry.is_regular_file() && entry.path().filename() != ".gitkeep")
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            for (const auto &file : files) {
                const std::string row = std::string(target.name) + '/'
                                        + root.filename().string() + '/'
                                        + file.filename().string();
                QTest::newRow(row.c_str()) << QString::fromStdString(file.string())
                                           << target.entry;
            }
        }
    }
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, file);
    QFETCH(EntryPoint, entry);
    const std::string data = readAll(file.toStdString());
    entry(data); // aborts on a broken invariant; sanitizers catch the rest
}

void tst_FuzzRegressions::everyTargetHasAFolder()
{
    for (const auto &target : targets) {
        QVERIFY2(fs::is_directory(regressionRoot / target.name), target.name);
        QVERIFY2(!fs::is_empty(corpusRoot / target.name), target.name);
    }
}

QTEST_APPLESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
