#include "readablenames.h"

#include "core/model/publicplan.h"

#include <QRegularExpression>

#include <set>

namespace mailpath::app {

using namespace core;

QString readableName(const Design &design, const std::string &idOrText)
{
    return QString::fromStdString(design.contains(idOrText) ? design.displayName(idOrText)
                                                            : idOrText);
}

QString withNames(const Design &design, const std::string &text)
{
    static const QRegularExpression token(QStringLiteral("[a-z]+-[A-Za-z0-9][A-Za-z0-9-]*"));
    const QString input = QString::fromStdString(text);
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(input);
    while (it.hasNext()) {
        const auto match = it.next();
        const std::string id = match.captured().toStdString();
        out += input.mid(last, match.capturedStart() - last);
        const std::string name = design.contains(id) ? design.displayName(id) : id;
        out += name == id ? match.captured()
                          : QStringLiteral("%1 (%2)").arg(QString::fromStdString(name),
                                                          match.captured());
        last = match.capturedEnd();
    }
    return out + input.mid(last);
}

namespace {

/** Kinds a flow can name as its source or destination. */
template<typename F>
void forEachEndpoint(const Design &design, F &&f)
{
    for (const auto &[id, r] : design.all<Instance>())
        f(id);
    for (const auto &[id, eni] : design.all<Eni>())
        if (eni.instanceId.empty() && isWorkload(eni.role)) // Fargate tasks, Lambda functions
            f(id);
    for (const auto &[id, r] : design.all<SmtpServer>())
        f(id);
    for (const auto &[id, r] : design.all<InternetHost>())
        f(id);
    for (const auto &[id, r] : design.all<OnPremNetwork>()) // sources outside AWS, too
        f(id);
    for (const auto &[id, r] : design.all<LoadBalancer>())
        f(id);
    for (const auto &[id, r] : design.all<VpcEndpoint>())
        f(id);
}

} // namespace

QStringList endpointSuggestions(const Design &design)
{
    QStringList out;
    forEachEndpoint(design, [&](const std::string &id) {
        out << QString::fromStdString(design.displayName(id));
    });
    std::set<std::string> regions;
    for (const auto &[id, vpc] : design.all<Vpc>())
        regions.insert(vpc.region);
    for (const auto &[id, ses] : design.all<SesEndpoint>()) {
        regions.insert(ses.region);
        out << QString::fromStdString(ses.hostName());
    }
    for (const auto &region : regions)
        for (bool receiving : {false, true}) {
            SesEndpoint ses;
            ses.region = region;
            ses.receiving = receiving;
            if (publicplan::sesAddress(region, receiving))
                out << QString::fromStdString(ses.hostName());
        }
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
}

std::string resolveEndpoint(const Design &design, const QString &text)
{
    const std::string typed = text.trimmed().toStdString();
    if (typed.empty() || design.contains(typed))
        return typed;
    std::vector<std::string> named;
    forEachEndpoint(design, [&](const std::string &id) {
        if (design.displayName(id) == typed)
            named.push_back(id);
    });
    return named.size() == 1 ? named.front() : typed;
}

} // namespace mailpath::app
