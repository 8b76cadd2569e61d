#include "nodelook.h"

#include "core/layout/autolayout.h"
#include "core/model/kindtraits.h"
#include "core/layout/diagramedges.h"
#include "core/layout/diagramgeometry.h"

namespace mailpath::app {

using namespace core;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joinCidrs(const std::vector<Cidr> &cidrs)
{
    QStringList parts;
    for (const auto &c : cidrs)
        parts << qs(c.toString());
    return parts.join(QStringLiteral(", "));
}

template<typename T>
int countInVpc(const Design &design, const std::string &vpcId)
{
    int n = 0;
    for (const auto &[id, r] : design.all<T>())
        n += r.vpcId == vpcId ? 1 : 0;
    return n;
}

QString vpcCounts(const Design &design, const std::string &vpcId)
{
    QStringList parts;
    auto add = [&](int n, const QString &one, const QString &many) {
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    add(countInVpc<Subnet>(design, vpcId), QObject::tr("subnet"), QObject::tr("subnets"));
    add(countInVpc<Instance>(design, vpcId), QObject::tr("instance"), QObject::tr("instances"));
    add(countInVpc<NatGateway>(design, vpcId), QObject::tr("NAT gateway"),
        QObject::tr("NAT gateways"));
    add(countInVpc<LoadBalancer>(design, vpcId), QObject::tr("load balancer"),
        QObject::tr("load balancers"));
    add(countInVpc<VpcEndpoint>(design, vpcId), QObject::tr("endpoint"), QObject::tr("endpoints"));
    return parts.isEmpty() ? QObject::tr("empty") : parts.join(QStringLiteral(" · "));
}

} // namespace

QString iconFor(const Design &design, const std::string &id)
{
    const auto kind = design.kindOf(id);
    if (!kind)
        return {};
    if (*kind == ResourceKind::NetworkInterface) {
        const auto role = design.find<Eni>(id)->role;
        if (role == EniRole::Fargate)
            return QStringLiteral(":/icons/fargate.svg");
        if (role == EniRole::Lambda)
            return QStringLiteral(":/icons/lambda.svg");
    }
    if (*kind == ResourceKind::Instance) { // a NAT instance looks like what it does
        const auto &enis = design.find<Instance>(id)->eniIds;
        const auto *eni = enis.empty() ? nullptr : design.find<Eni>(enis.front());
        if (eni && (eni->natMode == "nat"
                    || (eni->natMode == "auto" && !eni->sourceDestCheck && eni->publicIp)))
            return QStringLiteral(":/icons/nat-gateway.svg");
    }
    if (*kind == ResourceKind::VpcEndpoint // packets to appliances, not a service (R16.2)
        && design.find<VpcEndpoint>(id)->endpointType == "GatewayLoadBalancer")
        return QStringLiteral(":/icons/gwlb-endpoint.svg");
    if (*kind == ResourceKind::Subnet)
        return isPublicSubnet(design, id) ? QStringLiteral(":/icons/subnet-public.svg")
                                          : QStringLiteral(":/icons/subnet-private.svg");
    return QStringLiteral(":/icons/%1.svg").arg(qs(std::string(kindName(*kind))));
}

bool isPublicSubnet(const Design &design, const std::string &subnetId)
{
    return core::isPublicSubnet(design, subnetId);
}

bool vpcMatchesFilter(const Design &design, const std::string &vpcId, const QString &text)
{
    const auto *vpc = design.find<Vpc>(vpcId);
    if (!vpc)
        return false;
    QStringList haystack{qs(vpc->id), qs(vpc->name), joinCidrs(vpc->cidrs)};
    for (const auto &[key, value] : vpc->tags)
        haystack << qs(key + "=" + value);
    const QString all = haystack.join(QLatin1Char('\n'));
    const auto words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &word) {
        return all.contains(word, Qt::CaseInsensitive);
    });
}

NodeLook lookFor(const Design &design, const std::string &key)
{
    NodeLook look;
    if (isRegionKey(key)) {
        look.title = QObject::tr("Region");
        for (const auto &[id, vpc] : design.all<Vpc>())
            if (regionKey(vpc.region) == key)
                look.title = QObject::tr("Region %1").arg(qs(vpc.region));
        look.iconPath = QStringLiteral(":/icons/region.svg");
        look.accent = QColor(0x7d, 0x89, 0x98);
        look.dashed = true;
        return look;
    }
    if (isAzKey(key)) {
        for (const auto &[id, s] : design.all<Subnet>())
            if (azKey(s.vpcId, s.availabilityZone) == key)
                look.title = qs(s.availabilityZone);
        look.iconPath = QStringLiteral(":/icons/availability-zone.svg");
        look.accent = QColor(0x14, 0x7e, 0xba);
        look.dashed = true;
        return look;
    }
    const auto kind = design.kindOf(key);
    if (!kind)
        return look;
    look.title = qs(design.displayName(key));
    look.iconPath = iconFor(design, key);
    switch (*kind) {
    case ResourceKind::Vpc: {
        look.subtitle = joinCidrs(design.find<Vpc>(key)->cidrs);
        look.accent = QColor(0x24, 0x88, 0x14);
        const auto *layout = design.layoutOf(key);
        look.collapsed = layout && layout->collapsed;
        if (look.collapsed)
            look.detail = vpcCounts(design, key);
        break;
    }
    case ResourceKind::Subnet: {
        const bool pub = isPublicSubnet(design, key);
        look.subtitle = qs(design.find<Subnet>(key)->cidr.toString())
                        + (pub ? QObject::tr("  public") : QObject::tr("  private"));
        look.accent = pub ? QColor(0x7a, 0xa1, 0x16) : QColor(0x14, 0x7e, 0xba);
        break;
    }
    case ResourceKind::OnPremNetwork:
        look.subtitle = joinCidrs(design.find<OnPremNetwork>(key)->cidrs);
        look.accent = QColor(0x23, 0x2f, 0x3e);
        break;
    default: look.subtitle = qs(kindSubtitle(design, key)); break;
    }
    return look;
}

} // namespace mailpath::app
