// Hostile and faulty inputs, one table row each (issue #21): mailpath-cli must give the
// documented exit code, name the file or resource at fault, and change no input file.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <filesystem>
#include <functional>
#include <sys/stat.h>

using mailpath::test::CliRun;

namespace {

const QString s1Template = QStringLiteral(MAILPATH_SOURCE_DIR
                                          "/resources/templates/s1-ses-via-nat.mailpath.json");

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A copy of S1 with text replaced: the faulty design of a row. */
QByteArray s1With(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = read(s1Template);
    return text.replace(from, to);
}

QByteArray vpc(const QByteArray &id, const QByteArray &cidr)
{
    return "{\"VpcId\": \"" + id + "\", \"CidrBlock\": \"" + cidr + "\"}";
}

QByteArray vpcs(const QByteArray &items)
{
    return "{\"Vpcs\": [" + items + "]}\n";
}

QByteArray subnets(const QByteArray &cidr)
{
    return "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\", \"CidrBlock\": \""
           + cidr + "\"}]}\n";
}

QByteArray group(int from, int to, int rules = 1)
{
    QByteArray perms;
    for (int i = 0; i < rules; ++i)
        perms += QByteArray(i ? "," : "") + "{\"IpProtocol\": \"tcp\", \"FromPort\": "
                 + QByteArray::number(from) + ", \"ToPort\": " + QByteArray::number(to)
                 + ", \"IpRanges\": [{\"CidrIp\": \"10." + QByteArray::number(i / 256 % 256) + "."
                 + QByteArray::number(i % 256) + ".0/24\"}]}";
    return "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\", \"VpcId\": \"vpc-1\", "
           "\"GroupName\": \"g\", \"IpPermissions\": [" + perms + "], "
           "\"IpPermissionsEgress\": []}]}\n";
}

QByteArray utf16(const QByteArray &ascii, bool bigEndian, bool bom)
{
    QByteArray out = bom ? (bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2))
                         : QByteArray();
    for (char c : ascii)
        out += bigEndian ? QByteArray(1, '\0') + c : QByteArray(1, c) + '\0';
    return out;
}

bool validXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

/** One hostile input: builds it in dir and returns the arguments; "@" stands for dir. */
struct Row
{
    const char *name;
    std::function<QStringList(const QString &dir)> build;
    int exitCode;
    QString named; //!< text stderr or stdout must contain (e.g. "vpc 1" from inspect's table)
    QString output = {}; //!< the -o file, the only file allowed to change
    std::function<bool(const QString &dir)> check = {};
};

QStringList inspect(const QString &source)
{
    return {"inspect", source};
}

/** A folder holding one file; the row runs `inspect` on the folder. */
std::function<QStringList(const QString &)> folderWith(const QString &name, QByteArray bytes)
{
    return [name, bytes](const QString &dir) {
        write(dir + "/snap/" + name, bytes);
        return inspect(dir + "/snap");
    };
}

std::function<QStringList(const QString &)> designWith(const QByteArray &bytes,
                                                       QStringList command = {"inspect"})
{
    return [bytes, command](const QString &dir) {
        write(dir + "/d.mailpath.json", bytes);
        QStringList args = command;
        args.insert(1, dir + "/d.mailpath.json");
        for (auto &a : args)
            a.replace("@", dir);
        return args;
    };
}

const QStringList traceS1 = {"trace", "--from", "web-1", "--to", "smtp.gmail.com", "--port", "25"};

std::vector<Row> rows()
{
    const QByteArray vpc1 = vpcs(vpc("vpc-1", "10.0.0.0/16"));
    const QByteArray goodS1 = read(s1Template);
    return {
        {"UTF-8 BOM", folderWith("Vpcs.json", "\xEF\xBB\xBF" + vpc1), 0, "vpc 1"},
        {"CRLF line ends", folderWith("Vpcs.json", QByteArray(vpc1).replace("\n", "\r\n")
                                                       .replace(", ", ",\r\n")), 0, "vpc 1"},
        {"NaN", folderWith("Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"N\": NaN}]}"), 2,
         "Vpcs.json:1:"},
        {"Infinity", folderWith("Vpcs.json", "{\"Vpcs\": [{\"N\": Infinity}]}"), 2,
         "Vpcs.json:1:"},
        {"1e400", folderWith("Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"N\": 1e400}]}"), 2,
         "Vpcs.json:1:"},
        {"trailing garbage", folderWith("Vpcs.json", vpc1 + "} junk"), 2, "Vpcs.json:2:"},
        {"invalid UTF-8",
         folderWith("Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-\xC3\x28\"}]}"), 2,
         "Vpcs.json:1:"},
        {"NUL byte", folderWith("Vpcs.json", QByteArray("{\"Vpcs\": [\0]}", 13)), 2,
         "Vpcs.json:1:"},
        {"empty file", folderWith("Vpcs.json", ""), 2, "Vpcs.json"},
        {"top level array", folderWith("Vpcs.json", "[1, 2]"), 2, "snap"},
        {"nesting 100000 deep", folderWith("Vpcs.json", QByteArray(100000, '[')), 2,
         "nested deeper"},
        {"10 million values", folderWith("Vpcs.json", "[" + QByteArray(10'000'001, ',') + "]"), 2,
         "10000000 values"},
        {"UTF-16LE with BOM", folderWith("Vpcs.json", utf16(vpc1, false, true)), 2,
         "UTF-16 is not supported; save as UTF-8"},
        {"UTF-16BE with BOM", folderWith("Vpcs.json", utf16(vpc1, true, true)), 2,
         "UTF-16 is not supported; save as UTF-8"},
        {"UTF-16LE without BOM", folderWith("Vpcs.json", utf16(vpc1, false, false)), 2,
         "Vpcs.json:1:1: UTF-16 is not supported"},
        {"duplicate key", folderWith("Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\",\n"
                                                  "\"CidrBlock\": \"10.0.0.0/16\",\n"
                                                  " \"CidrBlock\": \"10.1.0.0/16\"}]}"), 2,
         "Vpcs.json:3:2: duplicate key \"CidrBlock\""},
        {"duplicate id in one file",
         folderWith("Vpcs.json",
                    vpcs(vpc("vpc-1", "10.0.0.0/16") + "," + vpc("vpc-1", "10.1.0.0/16"))),
         2, "vpc-1 is described twice in"},
        {"duplicate id across files, different",
         [](const QString &dir) {
             write(dir + "/snap/a/Vpcs.json", vpcs(vpc("vpc-1", "10.0.0.0/16")));
             write(dir + "/snap/b/Vpcs.json", vpcs(vpc("vpc-1", "10.1.0.0/16")));
             return inspect(dir + "/snap");
         }, 2, "a/Vpcs.json and in "},
        {"duplicate id across files, identical",
         [vpc1](const QString &dir) {
             write(dir + "/snap/a/Vpcs.json", vpc1);
             write(dir + "/snap/b/Vpcs.json", vpc1);
             return inspect(dir + "/snap");
         }, 0, "vpc 1"},
        {"port-25 group described twice, differently",
         [vpc1](const QString &dir) {
             write(dir + "/snap/Vpcs.json", vpc1);
             write(dir + "/snap/a-SecurityGroups.json", group(25, 25));
             write(dir + "/snap/b-SecurityGroups.json", group(587, 587));
             return inspect(dir + "/snap");
         }, 2, "b-SecurityGroups.json"},
        {"VPC 0.0.0.0/0", folderWith("Vpcs.json", vpcs(vpc("vpc-1", "0.0.0.0/0"))), 0,
         "VPC vpc-1 has the block 0.0.0.0/0"},
        {"subnet /32",
         [vpc1](const QString &dir) {
             write(dir + "/snap/Vpcs.json", vpc1);
             write(dir + "/snap/Subnets.json", subnets("10.0.0.9/32"));
             return inspect(dir + "/snap");
         }, 0, "subnet subnet-1 has the block 10.0.0.9/32"},
        {"subnet outside its VPC",
         [vpc1](const QString &dir) {
             write(dir + "/snap/Vpcs.json", vpc1);
             write(dir + "/snap/Subnets.json", subnets("172.16.0.0/24"));
             return inspect(dir + "/snap");
         }, 0, "subnet-1 (172.16.0.0/24) lies outside every block of its VPC vpc-1"},
        {"CIDR /33", folderWith("Vpcs.json", vpcs(vpc("vpc-1", "10.0.0.0/33"))), 2, "Vpcs.json"},
        {"IPv6-only subnet",
         [vpc1](const QString &dir) {
             write(dir + "/snap/Vpcs.json", vpc1);
             write(dir + "/snap/Subnets.json",
                   "{\"Subnets\": [{\"SubnetId\": \"subnet-6\", \"VpcId\": \"vpc-1\", "
                   "\"Ipv6Native\": true, \"Ipv6CidrBlockAssociationSet\": "
                   "[{\"Ipv6CidrBlock\": \"2600:1f18::/64\"}]}]}");
             return inspect(dir + "/snap");
         }, 0, "subnet-6"},
        {"reversed port range", folderWith("SecurityGroups.json", group(30, 20)), 2,
         "SecurityGroups.json"},
        {"negative port range", folderWith("SecurityGroups.json", group(-5, -3)), 2,
         "SecurityGroups.json"},
        {"10,000 rules in one group",
         [vpc1](const QString &dir) {
             write(dir + "/snap/Vpcs.json", vpc1);
             write(dir + "/snap/SecurityGroups.json", group(25, 25, 10000));
             return inspect(dir + "/snap");
         }, 0, "security-group 1"},
        {"5,000 tiny files",
         [](const QString &dir) {
             for (int i = 0; i < 5000; ++i)
                 write(QString("%1/snap/f%2/Vpcs.json").arg(dir).arg(i / 100)
                           .replace("/Vpcs", QString("/%1-Vpcs").arg(i)),
                       vpcs(vpc("vpc-" + QByteArray::number(i),
                                "10." + QByteArray::number(i / 256) + "."
                                    + QByteArray::number(i % 256) + ".0/24")));
             return inspect(dir + "/snap");
         }, 0, "vpc 5000"},
        {"symbolic link loop",
         [](const QString &dir) {
             QDir().mkpath(dir + "/snap");
             QFile::link(dir + "/snap/b.json", dir + "/snap/a.json");
             QFile::link(dir + "/snap/a.json", dir + "/snap/b.json");
             return inspect(dir + "/snap");
         }, 2, "a.json"},
        {"folder named Vpcs.json",
         [](const QString &dir) {
             QDir().mkpath(dir + "/snap/Vpcs.json");
             return inspect(dir + "/snap/Vpcs.json");
         }, 2, "Vpcs.json"},
        {"FIFO in a snapshot",
         [vpc1](const QString &dir) {
             write(dir + "/snap/Vpcs.json", vpc1);
             ::mkfifo((dir + "/snap/Subnets.json").toLocal8Bit().constData(), 0600);
             return inspect(dir + "/snap");
         }, 2, "Subnets.json"},
        {"FIFO as SOURCE",
         [](const QString &dir) {
             ::mkfifo((dir + "/in.json").toLocal8Bit().constData(), 0600);
             return inspect(dir + "/in.json");
         }, 2, "in.json"},
        {"/dev/zero as SOURCE", [](const QString &) { return inspect("/dev/zero"); }, 2,
         "/dev/zero"},
        {"missing SOURCE", [](const QString &dir) { return inspect(dir + "/nothing"); }, 2,
         "nothing"},
        {"1 GiB file",
         [](const QString &dir) {
             write(dir + "/snap/Vpcs.json", "{");
             std::filesystem::resize_file((dir + "/snap/Vpcs.json").toStdString(), 1ull << 30);
             return inspect(dir + "/snap");
         }, 2, "Vpcs.json: file is 1024 MiB; the limit is 256 MiB"},
        {"design version -1", designWith(s1With("\"version\": 1", "\"version\": -1")), 2,
         "d.mailpath.json: format version -1"},
        {"design version 0", designWith(s1With("\"version\": 1", "\"version\": 0")), 2,
         "d.mailpath.json: format version 0"},
        {"design version \"1\"", designWith(s1With("\"version\": 1", "\"version\": \"1\"")), 2,
         "d.mailpath.json: \"version\" must be an integer"},
        {"design version 2", designWith(s1With("\"version\": 1", "\"version\": 2")), 2,
         "d.mailpath.json: written by a newer MailPath"},
        {"design cut in half", designWith(goodS1.left(goodS1.size() / 2)), 2, "d.mailpath.json:"},
        {"design duplicate id",
         designWith(s1With("\"id\": \"eni-0s1web\"", "\"id\": \"eni-0s1app\"")), 2,
         "(eni-0s1app): duplicate id"},
        {"flow from a deleted instance",
         designWith(s1With("\"from\": \"web-1\"", "\"from\": \"i-deleted\""), {"check"}), 1,
         "i-deleted"},
        {"control characters in a name, SVG",
         designWith(s1With("\"name\": \"S1", "\"name\": \"S1\\u0001\\u001b\\u007f"),
                    {"export", "-o", "@/out.svg"}),
         0, "out.svg", "out.svg",
         [](const QString &dir) { return validXml(read(dir + "/out.svg")); }},
        {"control characters in a Name tag, draw.io",
         designWith(s1With("\"name\": \"web-1\"", "\"name\": \"web\\u0002-1\""),
                    {"export", "-o", "@/out.drawio"}),
         0, "out.drawio", "out.drawio",
         [](const QString &dir) { return validXml(read(dir + "/out.drawio")); }},
        {"control characters in a name, HTML report",
         designWith(s1With("\"name\": \"web-1\"", "\"name\": \"web\\u0003-1\""),
                    {"export", "-o", "@/out.html"}),
         0, "out.html", "out.html",
         [](const QString &dir) { return !read(dir + "/out.html").contains('\x03'); }},
        {"unknown option", designWith(goodS1, {"matrix", "--bogus"}), 2, "--bogus"},
        {"misspelt --lift-op25b", designWith(goodS1, traceS1 + QStringList{"--lift-op25", "x"}),
         2, "--lift-op25"},
        {"--repeat 1e9", designWith(goodS1, traceS1 + QStringList{"--repeat", "1000000000"}), 2,
         "--repeat must be a whole number from 1 to 100000"},
        {"--threads 100000", designWith(goodS1, {"matrix", "--threads", "100000"}), 2,
         "--threads must be a whole number from 0 to 256"},
        {"--dpi 0", designWith(goodS1, {"export", "-o", "@/o.png", "--dpi", "0"}), 2,
         "--dpi must be a whole number from 24 to 2400"},
        {"-o onto a FIFO",
         [](const QString &dir) {
             write(dir + "/d.mailpath.json", read(s1Template));
             ::mkfifo((dir + "/out.svg").toLocal8Bit().constData(), 0600);
             return QStringList{"export", dir + "/d.mailpath.json", "-o", dir + "/out.svg"};
         }, 2, "out.svg"},
        {"-o onto a folder",
         [](const QString &dir) {
             QDir().mkpath(dir + "/out.mailpath.json");
             return QStringList{"import", s1Template, "-o", dir + "/out.mailpath.json"};
         }, 2, "out.mailpath.json: it is a folder"},
    };
}

/** Every file under dir with its type and a hash of its contents. */
QMap<QString, QByteArray> fingerprint(const QString &dir, const QString &except)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!except.isEmpty() && path == dir + "/" + except)
            continue;
        const QFileInfo info = it.fileInfo();
        // A huge sparse file is known by its size: reading it would take seconds.
        const auto contents = [&] {
            return info.size() > (64 << 20) ? QByteArray::number(info.size()) : read(path);
        };
        const QByteArray print = info.isSymLink() ? "link:" + info.symLinkTarget().toUtf8()
                                 : info.isDir()   ? QByteArray("dir")
                                 : info.isFile()  ? QCryptographicHash::hash(contents(),
                                                                             QCryptographicHash::Sha1)
                                                  : QByteArray("special");
        files.insert(path, print);
    }
    return files;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<int>("index");
        const auto all = rows();
        for (int i = 0; i < int(all.size()); ++i)
            QTest::newRow(all[size_t(i)].name) << i;
    }

    void table()
    {
        QFETCH(int, index);
        const Row row = rows()[size_t(index)];
        QTemporaryDir dir;
        const QStringList args = row.build(dir.path());
        const auto before = fingerprint(dir.path(), row.output);
        // Generous: the sanitizer build is several times slower than the normal one.
        const CliRun r = mailpath::test::runCli(args, 300000);
        const QString said = r.err + QString::fromUtf8(r.out);
        QVERIFY2(r.exitCode == row.exitCode,
                 qPrintable(QString("exit %1, expected %2: %3").arg(r.exitCode)
                                .arg(row.exitCode).arg(said.left(2000))));
        // Compared with runs of spaces as one: inspect's table pads its columns.
        QVERIFY2(said.simplified().contains(row.named.simplified()), qPrintable(said.left(2000)));
        QCOMPARE(fingerprint(dir.path(), row.output), before);
        if (row.check)
            QVERIFY(row.check(dir.path()));
    }

    void tableHasAtLeastFortyRows() { QVERIFY(rows().size() >= 40); }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
