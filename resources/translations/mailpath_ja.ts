<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ASYMMETRIC_RETURN</name>
    <message>
        <source>the reply reaches %1 of %2, but the request never passed it: stateful inspection drops a flow it did not see open</source>
        <translation>応答は %2 の %1 に届きましたが、リクエストはそこを通っていません: ステートフルインスペクションは開始を見ていないフローを破棄します</translation>
    </message>
    <message>
        <source>the reply reaches %1 of %2, but the request passed %3: stateful inspection drops a flow it did not see open</source>
        <translation>応答は %2 の %1 に届きましたが、リクエストは %3 を通りました: ステートフルインスペクションは開始を見ていないフローを破棄します</translation>
    </message>
    <message>
        <source>; without appliance mode the transit gateway keeps each direction in the AZ where it entered</source>
        <translation>。アプライアンスモードがないと、Transit Gateway は各方向を入ってきた AZ に留めます</translation>
    </message>
    <message>
        <source>enable appliance mode (ApplianceModeSupport) on attachment %1 so that both directions use one AZ of %2</source>
        <translation>アタッチメント %1 でアプライアンスモード (ApplianceModeSupport) を有効にし、両方向が %2 の同じ AZ を使うようにする</translation>
    </message>
    <message>
        <source>; route table %1 sends the reply to another endpoint</source>
        <translation>。ルートテーブル %1 が応答を別のエンドポイントに送っています</translation>
    </message>
    <message>
        <source>route the reply in %1 to %2</source>
        <translation>%1 で応答を %2 にルーティングする</translation>
    </message>
    <message>
        <source>the request passed %1, but the reply enters through %2, which has no edge route table: it goes straight to %3 and the inspection never sees it</source>
        <translation>リクエストは %1 を通過しましたが、応答は %2 から入ります。%2 にはエッジルートテーブルがないため、応答は %3 に直接届き、検査を通りません</translation>
    </message>
    <message>
        <source>the request passed %1, but the reply enters through %2 and edge route table %3 sends it straight to %4: the inspection never sees it</source>
        <translation>リクエストは %1 を通過しましたが、応答は %2 から入り、エッジルートテーブル %3 が %4 に直接送るため、検査を通りません</translation>
    </message>
    <message>
        <source>the request passed %1, but route table %2 sends the reply straight to the internet gateway: the inspection never sees it</source>
        <translation>リクエストは %1 を通過しましたが、ルートテーブル %2 が応答をインターネットゲートウェイに直接送るため、検査を通りません</translation>
    </message>
    <message>
        <source>; the request entered through %1 and went straight to the VPC (no edge route to the endpoint)</source>
        <translation>。リクエストは %1 から入り、VPC に直接届きました (エンドポイントへのエッジルートがありません)</translation>
    </message>
    <message>
        <source>associate a route table with %1 (edge association) with the route %2 -&gt; %3</source>
        <translation>%1 にルートテーブルを関連付け (エッジの関連付け)、ルート %2 -&gt; %3 を追加する</translation>
    </message>
    <message>
        <source>add the route %1 -&gt; %2 to edge route table %3</source>
        <translation>エッジルートテーブル %3 にルート %1 -&gt; %2 を追加する</translation>
    </message>
</context>
<context>
    <name>DX_PREFIX_NOT_ALLOWED</name>
    <message>
        <source>Direct Connect gateway %1 does not advertise %2 (the CIDR of %3 holding %4) to on-premises: no allowed prefix of association %5 with %6 covers the whole CIDR (allowed: %7); for a virtual private gateway only the VPC CIDR itself is advertised</source>
        <translation>Direct Connect ゲートウェイ %1 は %2 (%4 を含む %3 の CIDR) をオンプレミスにアドバタイズしません: %6 との関連付け %5 の許可されたプレフィックス (%7) はいずれも CIDR 全体をカバーしていません。仮想プライベートゲートウェイの場合、アドバタイズされるのは VPC CIDR そのものだけです</translation>
    </message>
    <message>
        <source>Direct Connect gateway %1 does not advertise %2 to on-premises: no allowed prefix of association %3 with %4 covers it (allowed: %5)</source>
        <translation>Direct Connect ゲートウェイ %1 は %2 をオンプレミスにアドバタイズしません: %4 との関連付け %3 の許可されたプレフィックス (%5) はいずれもそれをカバーしていません</translation>
    </message>
    <message>
        <source>add %1 (or a prefix covering it) to the allowed prefixes of association %2 (aws directconnect update-direct-connect-gateway-association)</source>
        <translation>関連付け %2 の許可されたプレフィックスに %1 (またはそれをカバーするプレフィックス) を追加してください (aws directconnect update-direct-connect-gateway-association)</translation>
    </message>
    <message>
        <source>no association of Direct Connect gateway %1 reaches %2 (associations: %3), so nothing is advertised to on-premises for it</source>
        <translation>Direct Connect ゲートウェイ %1 のどの関連付けも %2 に到達しないため (関連付け: %3)、オンプレミスには何もアドバタイズされません</translation>
    </message>
    <message>
        <source>associate %1 with the virtual private gateway or transit gateway that reaches %2, with an allowed prefix covering it</source>
        <translation>%2 に到達する仮想プライベートゲートウェイまたはトランジットゲートウェイに、%2 をカバーする許可されたプレフィックスで %1 を関連付けてください</translation>
    </message>
</context>
<context>
    <name>DX_VIF_DOWN</name>
    <message>
        <source>virtual interface %1 (VLAN %2, connection %3) carries no traffic in either direction: %4</source>
        <translation>仮想インターフェイス %1 (VLAN %2、接続 %3) はどちらの方向にもトラフィックを通しません: %4</translation>
    </message>
    <message>
        <source>bring %1 up: check connection %2 and the BGP session on the customer router (ASN, peer addresses %3, MD5 key), then take a new snapshot</source>
        <translation>%1 を起動してください: 接続 %2 とカスタマールーターの BGP セッション (ASN、ピアアドレス %3、MD5 キー) を確認し、スナップショットを取り直してください</translation>
    </message>
    <message>
        <source>Direct Connect gateway %1 has no usable virtual interface towards %2</source>
        <translation>Direct Connect ゲートウェイ %1 には %2 に向かう使用可能な仮想インターフェイスがありません</translation>
    </message>
    <message>
        <source>attach a private or transit virtual interface to %1, or replace the deleted one</source>
        <translation>%1 にプライベートまたはトランジット仮想インターフェイスをアタッチするか、削除されたものを置き換えてください</translation>
    </message>
    <message>
        <source>virtual interface %1 is attached to Direct Connect gateway %2, which is %3 or not in the design</source>
        <translation>仮想インターフェイス %1 は Direct Connect ゲートウェイ %2 にアタッチされていますが、そのゲートウェイは %3 か、設計に存在しません</translation>
    </message>
</context>
<context>
    <name>ENDPOINT_PORT_UNSUPPORTED</name>
    <message>
        <source>endpoint %1 (%2) accepts TCP %3 only, not %4</source>
        <translation>エンドポイント %1 (%2) が受け付けるのは TCP %3 だけで、%4 は受け付けません</translation>
    </message>
    <message>
        <source>connect on port 587 (STARTTLS) or 465 (TLS)</source>
        <translation>ポート 587 (STARTTLS) か 465 (TLS) で接続する</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 図面</translation>
    </message>
    <message>
        <source>PDF page (title block, legend)</source>
        <translation>PDF ページ (表題欄、凡例)</translation>
    </message>
    <message>
        <source>draw.io diagram (editable)</source>
        <translation>draw.io ダイアグラム (編集可能)</translation>
    </message>
    <message>
        <source>Visio drawing (.vsdx)</source>
        <translation>Visio 図面 (.vsdx)</translation>
    </message>
    <message>
        <source>Report, HTML</source>
        <translation>レポート (HTML)</translation>
    </message>
    <message>
        <source>Report, PDF</source>
        <translation>レポート (PDF)</translation>
    </message>
</context>
<context>
    <name>FIREWALL_DENY</name>
    <message>
        <source>the firewall has no connection for this reply</source>
        <translation>ファイアウォールにこの応答に対応する接続がありません</translation>
    </message>
    <message>
        <source>firewall %1 has no static NAT or port forwarding for %2:%3</source>
        <translation>ファイアウォール %1 には %2:%3 の静的 NAT もポートフォワーディングもありません</translation>
    </message>
    <message>
        <source>add a port forwarding from %1:%2 to the internal SMTP server</source>
        <translation>%1:%2 から内部の SMTP サーバーへのポートフォワーディングを追加する</translation>
    </message>
    <message>
        <source>the firewall sees the connection coming from %1</source>
        <translation>ファイアウォールからは接続が %1 から来たように見えます</translation>
    </message>
    <message>
        <source>, the public address AWS translated the sender to (not its private address)</source>
        <translation> (AWS が送信元を変換したパブリックアドレスで、プライベートアドレスではありません)</translation>
    </message>
    <message>
        <source>; rule &quot;%1&quot; denies it</source>
        <translation>。ルール「%1」が拒否しています</translation>
    </message>
    <message>
        <source>; no rule allows it</source>
        <translation>。許可するルールがありません</translation>
    </message>
    <message>
        <source>allow source %1/32 on TCP %2 to %3 on %4</source>
        <translation>%4 で送信元 %1/32 から %3 への TCP %2 を許可する</translation>
    </message>
</context>
<context>
    <name>GWLB_NO_HEALTHY_TARGET</name>
    <message>
        <source>Gateway Load Balancer %1 has no healthy appliance</source>
        <translation>Gateway Load Balancer %1 に正常なアプライアンスがありません</translation>
    </message>
    <message>
        <source>Gateway Load Balancer %1 has no healthy appliance in %2</source>
        <translation>Gateway Load Balancer %1 には %2 に正常なアプライアンスがありません</translation>
    </message>
    <message>
        <source>fix the appliances&apos; health checks (GENEVE 6081, health check port), or register a healthy appliance</source>
        <translation>アプライアンスのヘルスチェック (GENEVE 6081、ヘルスチェックポート) を直すか、正常なアプライアンスを登録する</translation>
    </message>
    <message>
        <source>fix the appliances&apos; health checks (GENEVE 6081, health check port), or register a healthy appliance in %1</source>
        <translation>アプライアンスのヘルスチェック (GENEVE 6081、ヘルスチェックポート) を直すか、%1 に正常なアプライアンスを登録する</translation>
    </message>
</context>
<context>
    <name>IGW_NO_PUBLIC_IP</name>
    <message>
        <source>%1 has no public IPv4 or Elastic IP, so the internet gateway cannot translate it</source>
        <translation>%1 にはパブリック IPv4 アドレスも Elastic IP もないため、インターネットゲートウェイはアドレスを変換できません</translation>
    </message>
    <message>
        <source>give the interface an Elastic IP, or route 0.0.0.0/0 to a NAT gateway in a public subnet</source>
        <translation>ネットワークインターフェイスに Elastic IP を割り当てるか、0.0.0.0/0 をパブリックサブネットの NAT ゲートウェイにルーティングする</translation>
    </message>
</context>
<context>
    <name>IGW_PRIVATE_DESTINATION</name>
    <message>
        <source>%1 is a private address: the Internet cannot route it</source>
        <translation>%1 はプライベートアドレスです: インターネットではルーティングできません</translation>
    </message>
    <message>
        <source>route %1 over a VPN, Transit Gateway or peering</source>
        <translation>%1 を VPN、Transit Gateway、またはピアリング経由でルーティングする</translation>
    </message>
    <message>
        <source>%1 is a private (RFC 1918 / RFC 6598) address: the Internet cannot route it</source>
        <translation>%1 はプライベート (RFC 1918 / RFC 6598) アドレスです: インターネットではルーティングできません</translation>
    </message>
    <message>
        <source>; internet gateway %1 translates only public IPv4 and Elastic IPs 1:1 to the private addresses of %2</source>
        <translation>。インターネットゲートウェイ %1 が %2 のプライベートアドレスに 1:1 で変換するのはパブリック IPv4 と Elastic IP だけです</translation>
    </message>
    <message>
        <source>; %1 has no internet gateway</source>
        <translation>。%1 にはインターネットゲートウェイがありません</translation>
    </message>
    <message>
        <source>send to a public address: give the receiver an Elastic IP, or publish it through an internet-facing load balancer</source>
        <translation>パブリックアドレスに送る: 受信側に Elastic IP を割り当てるか、インターネット向けロードバランサーで公開する</translation>
    </message>
    <message>
        <source>send to %1, the public address that maps to %2</source>
        <translation>%2 に対応するパブリックアドレス %1 に送る</translation>
    </message>
</context>
<context>
    <name>LB_NO_HEALTHY_TARGET</name>
    <message>
        <source>Classic Load Balancer %1 has no InService instance</source>
        <translation>Classic Load Balancer %1 に InService のインスタンスがありません</translation>
    </message>
    <message>
        <source> in %1 (cross-zone is off)</source>
        <translation> (%1 に。クロスゾーンはオフです)</translation>
    </message>
    <message>
        <source>: it sends to healthy instances only</source>
        <translation>: 正常なインスタンスにしか送りません</translation>
    </message>
    <message>
        <source>make the health check (%1) pass: the instances&apos; security group must admit it from the load balancer</source>
        <translation>ヘルスチェック (%1) を通す: インスタンスのセキュリティグループがロードバランサーからのチェックを許可する必要があります</translation>
    </message>
    <message>
        <source>Classic Load Balancer %1 has no registered instance in the design</source>
        <translation>Classic Load Balancer %1 には設計上登録済みのインスタンスがありません</translation>
    </message>
    <message>
        <source>register the relay instances with the load balancer</source>
        <translation>リレーのインスタンスをロードバランサーに登録する</translation>
    </message>
</context>
<context>
    <name>NACL_DENY</name>
    <message>
        <source>. Only part of the port range passes, so connections fail intermittently, whenever the chosen port falls in the denied part</source>
        <translation>。ポート範囲の一部しか通らないため、選ばれたポートが拒否される範囲に入るたびに接続が断続的に失敗します</translation>
    </message>
    <message>
        <source>. The NAT instance kept the client&apos;s source port, so replies come back to the client&apos;s ephemeral ports %1, not to the SMTP port</source>
        <translation>。NAT インスタンスはクライアントの送信元ポートを維持するため、応答は SMTP ポートではなくクライアントのエフェメラルポート %1 に戻ります</translation>
    </message>
    <message>
        <source>. Replies come back to the source port the NAT gateway chose, anywhere in %1 (the high ports seen in flow logs)</source>
        <translation>。応答は NAT ゲートウェイが選んだ送信元ポート (%1 のいずれか、フローログに見える高位ポート) に戻ります</translation>
    </message>
    <message>
        <source>. Replies come back to the client&apos;s ephemeral ports %1</source>
        <translation>。応答はクライアントのエフェメラルポート %1 に戻ります</translation>
    </message>
</context>
<context>
    <name>NACL_INBOUND_DENY</name>
    <message>
        <source>network ACL %1 of subnet %2 (%3) denies inbound TCP %4 from %5 (%6)</source>
        <translation>サブネット %2 (%3) のネットワーク ACL %1 が %5 からのインバウンド TCP %4 を拒否しています (%6)</translation>
    </message>
    <message>
        <source>add inbound rule %1 allow TCP %2 from %3 to %4</source>
        <translation>%4 にインバウンドルール %1 を追加: %3 からの TCP %2 を許可</translation>
    </message>
</context>
<context>
    <name>NACL_OUTBOUND_DENY</name>
    <message>
        <source>network ACL %1 of subnet %2 (%3) denies outbound TCP %4 to %5 (%6)</source>
        <translation>サブネット %2 (%3) のネットワーク ACL %1 が %5 へのアウトバウンド TCP %4 を拒否しています (%6)</translation>
    </message>
    <message>
        <source>add outbound rule %1 allow TCP %2 to %3 to %4</source>
        <translation>%4 にアウトバウンドルール %1 を追加: %3 への TCP %2 を許可</translation>
    </message>
</context>
<context>
    <name>NAT_NO_INBOUND_MAPPING</name>
    <message>
        <source>NAT gateway %1 has no connection for this packet</source>
        <translation>NAT ゲートウェイ %1 にこのパケットに対応する接続がありません</translation>
    </message>
    <message>
        <source>make the return path symmetric</source>
        <translation>戻り経路を対称にする</translation>
    </message>
    <message>
        <source>a NAT gateway accepts no connection it did not start (no port forwarding)</source>
        <translation>NAT ゲートウェイは自分が開始していない接続を受け付けません (ポートフォワーディングはありません)</translation>
    </message>
    <message>
        <source>send to the server&apos;s own address, or publish it through a load balancer</source>
        <translation>サーバー自身のアドレスに送るか、ロードバランサー経由で公開する</translation>
    </message>
</context>
<context>
    <name>NAT_SOURCE_NOT_IN_VPC</name>
    <message>
        <source>traffic that entered the VPC through peering, VPN or Direct Connect cannot use NAT gateway %1</source>
        <translation>ピアリング、VPN、Direct Connect 経由で VPC に入ったトラフィックは NAT ゲートウェイ %1 を使えません</translation>
    </message>
    <message>
        <source>give the other network its own NAT gateway, or centralise egress with a Transit Gateway</source>
        <translation>相手側のネットワークに専用の NAT ゲートウェイを置くか、Transit Gateway で出口を集約する</translation>
    </message>
    <message>
        <source>on-premises traffic to %1 arrives over %2 and cannot use NAT gateway %3 of %4</source>
        <translation>%1 宛てのオンプレミスのトラフィックは %2 経由で届くため、%4 の NAT ゲートウェイ %3 を使えません</translation>
    </message>
    <message>
        <source>give the on-premises network its own Internet edge, or route it through a Transit Gateway with a central egress VPC</source>
        <translation>オンプレミスネットワークに専用のインターネット出口を置くか、集約出口 VPC を持つ Transit Gateway 経由でルーティングする</translation>
    </message>
</context>
<context>
    <name>NETWORK_FIREWALL_DENY</name>
    <message>
        <source>the reply is dropped by %1</source>
        <translation>応答は %1 で破棄されます</translation>
    </message>
    <message>
        <source>add a stateless rule passing the reply, or forward it to the stateful engine (aws:forward_to_sfe)</source>
        <translation>応答を通すステートレスルールを追加するか、ステートフルエンジンに転送する (aws:forward_to_sfe)</translation>
    </message>
    <message>
        <source>firewall %1 (endpoint %2) drops TCP %3: %4</source>
        <translation>ファイアウォール %1 (エンドポイント %2) が TCP %3 を破棄します: %4</translation>
    </message>
    <message>
        <source>add a rule passing TCP %1 to %2, or change the default action %3</source>
        <translation>%2 への TCP %1 を通すルールを追加するか、デフォルトアクション %3 を変更する</translation>
    </message>
    <message>
        <source>change or remove the rule in rule group %1 so that it passes TCP %2</source>
        <translation>ルールグループ %1 のルールを変更または削除して TCP %2 を通す</translation>
    </message>
</context>
<context>
    <name>NLB_NO_HEALTHY_TARGET</name>
    <message>
        <source>the listener forwards to a target group that does not exist</source>
        <translation>リスナーの転送先のターゲットグループが存在しません</translation>
    </message>
    <message>
        <source>point the listener at a target group</source>
        <translation>リスナーをターゲットグループに向ける</translation>
    </message>
    <message>
        <source>target group %1 has no registered target</source>
        <translation>ターゲットグループ %1 に登録済みターゲットがありません</translation>
    </message>
    <message>
        <source> in %1 (cross-zone load balancing is off)</source>
        <translation> (%1 に。クロスゾーン負荷分散はオフです)</translation>
    </message>
    <message>
        <source>register a target in %1 or enable cross-zone load balancing</source>
        <translation>%1 にターゲットを登録するか、クロスゾーン負荷分散を有効にする</translation>
    </message>
</context>
<context>
    <name>NLB_NO_LISTENER</name>
    <message>
        <source>load balancer %1 has no listener on TCP %2</source>
        <translation>ロードバランサー %1 には TCP %2 のリスナーがありません</translation>
    </message>
    <message>
        <source> (listeners: %1)</source>
        <translation> (リスナー: %1)</translation>
    </message>
    <message>
        <source>add a TCP listener on port %1</source>
        <translation>ポート %1 に TCP リスナーを追加する</translation>
    </message>
    <message>
        <source>Classic Load Balancer %1 listens on %2 with %3, which cannot carry SMTP</source>
        <translation>Classic Load Balancer %1 は %2 を %3 で待ち受けており、SMTP を運べません</translation>
    </message>
    <message>
        <source>Classic Load Balancer %1 has no listener on TCP %2</source>
        <translation>Classic Load Balancer %1 には TCP %2 のリスナーがありません</translation>
    </message>
    <message>
        <source>add a TCP (or SSL) listener on port %1</source>
        <translation>ポート %1 に TCP (または SSL) リスナーを追加する</translation>
    </message>
</context>
<context>
    <name>NLB_TARGET_NOT_ALLOWED</name>
    <message>
        <source>IP target %1 is outside the VPC and not in RFC 1918 or RFC 6598 space</source>
        <translation>IP ターゲット %1 は VPC の外にあり、RFC 1918 や RFC 6598 の範囲でもありません</translation>
    </message>
    <message>
        <source>register a private address reachable over VPN, Direct Connect or peering</source>
        <translation>VPN、Direct Connect、ピアリング経由で到達できるプライベートアドレスを登録する</translation>
    </message>
    <message>
        <source>client IP preservation needs targets in the same or a peered VPC; %1 is outside it</source>
        <translation>クライアント IP の保持には同じ VPC かピアリングした VPC のターゲットが必要ですが、%1 はその外にあります</translation>
    </message>
    <message>
        <source>turn client IP preservation off on %1</source>
        <translation>%1 のクライアント IP の保持をオフにする</translation>
    </message>
</context>
<context>
    <name>NO_LISTENER</name>
    <message>
        <source>SES (%1) listens on TCP %2 only; nothing answers on %3</source>
        <translation>SES (%1) が待ち受けるのは TCP %2 だけです。%3 では何も応答しません</translation>
    </message>
    <message>
        <source>use port 587 (STARTTLS) or 465 (TLS wrapper)</source>
        <translation>ポート 587 (STARTTLS) か 465 (TLS ラッパー) を使う</translation>
    </message>
    <message>
        <source>SMTP server %1 listens on %2, not %3</source>
        <translation>SMTP サーバー %1 が待ち受けるのは %2 で、%3 ではありません</translation>
    </message>
    <message>
        <source>connect on %1 or add a listener on %2</source>
        <translation>%1 で接続するか、%2 で待ち受けを追加する</translation>
    </message>
    <message>
        <source>a gateway endpoint reaches S3 or DynamoDB only; nothing there speaks SMTP</source>
        <translation>ゲートウェイエンドポイントが届くのは S3 と DynamoDB だけで、SMTP を話すものはありません</translation>
    </message>
    <message>
        <source>route SMTP traffic to a NAT gateway, an SES interface endpoint or a relay</source>
        <translation>SMTP トラフィックを NAT ゲートウェイ、SES のインターフェイスエンドポイント、またはリレーにルーティングする</translation>
    </message>
    <message>
        <source>SES does not receive mail in %1: %2 has no listener</source>
        <translation>%1 では SES はメールを受信しません: %2 にはリスナーがありません</translation>
    </message>
    <message>
        <source>point the MX at inbound-smtp of a receiving region (%1)</source>
        <translation>MX を受信に対応したリージョン (%1) の inbound-smtp に向ける</translation>
    </message>
</context>
<context>
    <name>OP25B_BLOCKED</name>
    <message>
        <source>AWS blocks outbound TCP 25 from %1 interfaces to public addresses such as %2 (the SYN times out; security groups and routes are not the cause)</source>
        <translation>AWS は %1 のネットワークインターフェイスから %2 のようなパブリックアドレスへのアウトバウンド TCP 25 をブロックしています (SYN がタイムアウトします。セキュリティグループやルートが原因ではありません)</translation>
    </message>
    <message>
        <source>; %1 is inside %2 but in public address space: only the source VPC&apos;s primary CIDR and RFC 1918 and RFC 6598 ranges are exempt</source>
        <translation>。%1 は %2 の中にありますがパブリックアドレス空間です: 対象外になるのは送信元 VPC のプライマリ CIDR と RFC 1918、RFC 6598 の範囲だけです</translation>
    </message>
    <message>
        <source>use port 587 or 465 (SES: STARTTLS on 587, TLS on 465), or ask AWS to remove the port-25 restriction for %1 and record it (--lift-op25b %1)</source>
        <translation>ポート 587 か 465 を使う (SES: 587 で STARTTLS、465 で TLS)、または AWS に %1 のポート 25 制限の解除を申請し、それを記録する (--lift-op25b %1)</translation>
    </message>
</context>
<context>
    <name>PEERING_DESTINATION_NOT_IN_PEER</name>
    <message>
        <source>%1 is not in the peer VPC %2: peering is not transitive and the peer&apos;s internet gateway, NAT gateway, VPN and endpoints cannot be used through it</source>
        <translation>%1 はピア VPC %2 の中にありません: ピアリングは推移的ではなく、ピア側のインターネットゲートウェイ、NAT ゲートウェイ、VPN、エンドポイントはピアリング経由では使えません</translation>
    </message>
    <message>
        <source>give this VPC its own NAT/internet gateway (or SES endpoint), or use a Transit Gateway with a central egress VPC</source>
        <translation>この VPC に専用の NAT ゲートウェイ/インターネットゲートウェイ (または SES エンドポイント) を置くか、集約出口 VPC を持つ Transit Gateway を使う</translation>
    </message>
</context>
<context>
    <name>PRIVATE_NAT_TO_IGW</name>
    <message>
        <source>private NAT gateway %1 has no Elastic IP; the internet gateway drops its traffic</source>
        <translation>プライベート NAT ゲートウェイ %1 には Elastic IP がなく、インターネットゲートウェイはそのトラフィックを破棄します</translation>
    </message>
    <message>
        <source>use a public NAT gateway (with an Elastic IP) for Internet mail</source>
        <translation>インターネット向けのメールにはパブリック NAT ゲートウェイ (Elastic IP 付き) を使う</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>
(collapsed: double-click to expand)</source>
        <translation>
(折りたたみ中: ダブルクリックで展開)</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>subnets</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>NAT gateways</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>load balancers</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>リージョン %1</translation>
    </message>
    <message>
        <source>  public</source>
        <translation>  パブリック</translation>
    </message>
    <message>
        <source>  private</source>
        <translation>  プライベート</translation>
    </message>
    <message>
        <source>Add resources</source>
        <translation>リソースを追加</translation>
    </message>
    <message>
        <source>Route %1 to %2</source>
        <translation>%1 を %2 にルーティング</translation>
    </message>
    <message>
        <source>Associate %1 with %2</source>
        <translation>%1 を %2 に関連付け</translation>
    </message>
    <message>
        <source>%1 is not a subnet of the design.</source>
        <translation>%1 は設計内のサブネットではありません。</translation>
    </message>
    <message>
        <source>%1 is neither a network ACL nor a route table.</source>
        <translation>%1 はネットワーク ACL でもルートテーブルでもありません。</translation>
    </message>
    <message>
        <source>%1 belongs to another VPC than %2.</source>
        <translation>%1 は %2 とは別の VPC に属しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n VPCs</source>
        <translation>
            <numerusform>%n 個の VPC</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 を折りたたむ</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>%1 を展開</translation>
    </message>
    <message>
        <source>New %1 %2</source>
        <translation>新しい %1 %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the VPC&apos;s default network ACL; AWS keeps it.</source>
        <translation>%1 は VPC のデフォルトのネットワーク ACL です。AWS が保持します。</translation>
    </message>
    <message>
        <source>%1 is the VPC&apos;s main route table; AWS keeps it.</source>
        <translation>%1 は VPC のメインルートテーブルです。AWS が保持します。</translation>
    </message>
    <message>
        <source>%1 is the VPC&apos;s default security group; AWS keeps it.</source>
        <translation>%1 は VPC のデフォルトのセキュリティグループです。AWS が保持します。</translation>
    </message>
    <message>
        <source>A rule of %1 refers to %2; remove that rule first.</source>
        <translation>%1 のルールが %2 を参照しています。先にそのルールを削除してください。</translation>
    </message>
    <message>
        <source>%1 is not a network ACL, security group or route table.</source>
        <translation>%1 はネットワーク ACL、セキュリティグループ、ルートテーブルのいずれでもありません。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>%1 no longer exists; nothing was pasted.</source>
        <translation>%1 はもう存在しません。何も貼り付けていません。</translation>
    </message>
    <message>
        <source>Nothing to paste: copy subnets or resources inside a VPC.</source>
        <translation>貼り付けるものがありません: VPC 内のサブネットやリソースをコピーしてください。</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>%n 個の項目を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 を %2 に移動</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>%1 のサイズを変更</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%2 の %1 を設定</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 はもう存在しません</translation>
    </message>
    <message>
        <source>Security groups of %1</source>
        <translation>%1 のセキュリティグループ</translation>
    </message>
    <message>
        <source>CIDRs of %1</source>
        <translation>%1 の CIDR</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>リソース: %1</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>フロー: %1</translation>
    </message>
    <message>
        <source>Blocked at %1: %2</source>
        <translation>%1 でブロック: %2</translation>
    </message>
    <message>
        <source>Drawn by MailPath %1</source>
        <translation>作成: MailPath %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>構成図</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked, as designed&lt;/b&gt;</source>
        <translation>&lt;b&gt;ブロック (設計どおり)&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (as designed)</source>
        <translation> (設計どおり)</translation>
    </message>
    <message>
        <source>Title and legend</source>
        <translation>表題と凡例</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>作成者: %1</translation>
    </message>
    <message>
        <source>Network design</source>
        <translation>ネットワーク設計</translation>
    </message>
    <message>
        <source>The design has no flow &quot;%1&quot;.</source>
        <translation>設計にフロー「%1」はありません。</translation>
    </message>
    <message>
        <source>The design is empty.</source>
        <translation>設計が空です。</translation>
    </message>
    <message>
        <source>Rendering a diagram needs a QApplication.</source>
        <translation>構成図の描画には QApplication が必要です。</translation>
    </message>
    <message>
        <source>The diagram is too large for a PNG.</source>
        <translation>構成図が大きすぎて PNG にできません。</translation>
    </message>
    <message>
        <source>Not enough memory for the image.</source>
        <translation>画像のためのメモリが足りません。</translation>
    </message>
    <message>
        <source>Drawn by MailPath on %1</source>
        <translation>作成: MailPath (%1)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Public subnet</source>
        <translation>パブリックサブネット</translation>
    </message>
    <message>
        <source>Private subnet</source>
        <translation>プライベートサブネット</translation>
    </message>
    <message>
        <source>On-premises network</source>
        <translation>オンプレミスネットワーク</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>TGW attachment</source>
        <translation>TGW アタッチメント</translation>
    </message>
    <message>
        <source>Peering</source>
        <translation>ピアリング</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>LB target</source>
        <translation>LB ターゲット</translation>
    </message>
    <message>
        <source>Blocked at %1 (%2): %3</source>
        <translation>%1 (%2) でブロック: %3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>Flow, forward</source>
        <translation>フロー (往路)</translation>
    </message>
    <message>
        <source>Flow, reply</source>
        <translation>フロー (復路)</translation>
    </message>
    <message>
        <source>Failing hop</source>
        <translation>失敗するホップ</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>VPC %1</source>
        <translation>VPC %1</translation>
    </message>
    <message>
        <source>Outside the VPCs</source>
        <translation>VPC の外</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>全体図</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2 ページ</translation>
    </message>
    <message>
        <source>Requested flow</source>
        <translation>指定したフロー</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 はフォルダーです</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, device or socket); write to a new path or a regular file</source>
        <translation>%1 は通常のファイルではありません (パイプ、デバイス、ソケット)。新しいパスか通常のファイルに書き込んでください</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Blocked, as designed</source>
        <translation>ブロック (設計どおり)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配送可</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>ブロック %1</translation>
    </message>
    <message>
        <source>The flow has no source.</source>
        <translation>フローに送信元がありません。</translation>
    </message>
    <message>
        <source>The flow has no destination.</source>
        <translation>フローに宛先がありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SMTP (TCP 25)</source>
        <translation>SMTP (TCP 25)</translation>
    </message>
    <message>
        <source>Submission (TCP 587)</source>
        <translation>サブミッション (TCP 587)</translation>
    </message>
    <message>
        <source>SMTPS (TCP 465)</source>
        <translation>SMTPS (TCP 465)</translation>
    </message>
    <message>
        <source>SES alternative ports (TCP 2465, 2587)</source>
        <translation>SES の代替ポート (TCP 2465, 2587)</translation>
    </message>
    <message>
        <source>Ephemeral ports, NAT gateway and ELB (TCP 1024-65535)</source>
        <translation>エフェメラルポート、NAT ゲートウェイと ELB (TCP 1024-65535)</translation>
    </message>
    <message>
        <source>Ephemeral ports, Linux (TCP 32768-60999)</source>
        <translation>エフェメラルポート、Linux (TCP 32768-60999)</translation>
    </message>
    <message>
        <source>All traffic</source>
        <translation>すべてのトラフィック</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (デフォルト)</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (メイン)</translation>
    </message>
    <message>
        <source>network ACL</source>
        <translation>ネットワーク ACL</translation>
    </message>
    <message>
        <source>route table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <source>security group</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>自動 (システムの言語)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>MailPath uses the new language from its next start.
MailPath は次回の起動から新しい言語で表示されます。</source>
        <translation>MailPath は次回の起動から新しい言語で表示されます。
MailPath uses the new language from its next start.</translation>
    </message>
    <message>
        <source>Mail paths</source>
        <translation>メール経路</translation>
    </message>
    <message>
        <source>The design has no workload or no SMTP sink to walk between.</source>
        <translation>設計にワークロードか SMTP の宛先がないため、経路を探索できません。</translation>
    </message>
    <message>
        <source>Every workload × SMTP sink × port 25, 465, 587, 2465, 2587: %1 workloads, %2 sinks, %3 flows; %4 delivered, %5 blocked in %6 groups.</source>
        <translation>すべてのワークロード × SMTP の宛先 × ポート 25、465、587、2465、2587: ワークロード %1 個、宛先 %2 個、フロー %3 件。配送可 %4 件、ブロック %5 件 (%6 グループ)。</translation>
    </message>
    <message>
        <source>Blockers, largest first</source>
        <translation>ブロック要因 (多い順)</translation>
    </message>
</context>
<context>
    <name>ROUTE_BLACKHOLE</name>
    <message>
        <source>the route %1 in %2 is a blackhole: its target no longer exists</source>
        <translation>%2 のルート %1 はブラックホールです: ターゲットがもう存在しません</translation>
    </message>
    <message>
        <source>delete the route or point %1 at a live target</source>
        <translation>ルートを削除するか、%1 を存在するターゲットに向ける</translation>
    </message>
    <message>
        <source>the route&apos;s target %1 cannot carry IPv4 SMTP traffic</source>
        <translation>ルートのターゲット %1 は IPv4 の SMTP トラフィックを運べません</translation>
    </message>
    <message>
        <source>route the destination to an internet or NAT gateway</source>
        <translation>宛先をインターネットゲートウェイまたは NAT ゲートウェイにルーティングする</translation>
    </message>
    <message>
        <source>internet gateway %1 is not attached to %2</source>
        <translation>インターネットゲートウェイ %1 は %2 にアタッチされていません</translation>
    </message>
    <message>
        <source>attach the internet gateway to the VPC or fix the route</source>
        <translation>インターネットゲートウェイを VPC にアタッチするか、ルートを修正する</translation>
    </message>
    <message>
        <source>NAT gateway %1 is %2</source>
        <translation>NAT ゲートウェイ %1 の状態は %2 です</translation>
    </message>
    <message>
        <source>recreate the NAT gateway</source>
        <translation>NAT ゲートウェイを作り直す</translation>
    </message>
    <message>
        <source>peering connection %1 is %2</source>
        <translation>ピアリング接続 %1 の状態は %2 です</translation>
    </message>
    <message>
        <source>peering connection %1 does not exist</source>
        <translation>ピアリング接続 %1 は存在しません</translation>
    </message>
    <message>
        <source>accept the peering connection or remove the route</source>
        <translation>ピアリング接続を承諾するか、ルートを削除する</translation>
    </message>
    <message>
        <source>the route&apos;s target %1 does not exist</source>
        <translation>ルートのターゲット %1 は存在しません</translation>
    </message>
    <message>
        <source>fix the route</source>
        <translation>ルートを修正する</translation>
    </message>
    <message>
        <source>the route&apos;s NAT gateway %1 does not exist</source>
        <translation>ルートの NAT ゲートウェイ %1 は存在しません</translation>
    </message>
    <message>
        <source>point the route at an existing NAT gateway</source>
        <translation>ルートを既存の NAT ゲートウェイに向ける</translation>
    </message>
    <message>
        <source>transit gateway %1 does not exist</source>
        <translation>Transit Gateway %1 は存在しません</translation>
    </message>
    <message>
        <source>firewall endpoint %1 of %2 is not ready</source>
        <translation>%2 のファイアウォールエンドポイント %1 は準備ができていません</translation>
    </message>
    <message>
        <source>wait for the firewall to be READY, or fix its subnet mapping</source>
        <translation>ファイアウォールが READY になるのを待つか、サブネットのマッピングを直す</translation>
    </message>
    <message>
        <source>GWLB endpoint %1 has no Gateway Load Balancer or subnet</source>
        <translation>GWLB エンドポイント %1 には Gateway Load Balancer もサブネットもありません</translation>
    </message>
    <message>
        <source>connect the endpoint to a Gateway Load Balancer&apos;s endpoint service</source>
        <translation>エンドポイントを Gateway Load Balancer のエンドポイントサービスに接続する</translation>
    </message>
    <message>
        <source>edge route table %1 sends %2 to %3, which a gateway route table cannot target (only local, a network interface or a Gateway Load Balancer endpoint)</source>
        <translation>エッジルートテーブル %1 が %2 を %3 に送っていますが、ゲートウェイルートテーブルのターゲットにできるのは local、ネットワークインターフェイス、Gateway Load Balancer エンドポイントのみです</translation>
    </message>
    <message>
        <source>route %1 in %2 to local, a network interface or a Gateway Load Balancer endpoint</source>
        <translation>%2 の %1 を local、ネットワークインターフェイス、または Gateway Load Balancer エンドポイントにルーティングする</translation>
    </message>
    <message>
        <source>the route&apos;s target %1 is %2: the route is a blackhole</source>
        <translation>ルートのターゲット %1 は %2 です: このルートはブラックホールです</translation>
    </message>
    <message>
        <source>point the route at a live target, or remove it</source>
        <translation>ルートを有効なターゲットに向けるか、ルートを削除します</translation>
    </message>
</context>
<context>
    <name>ROUTE_NO_MATCH</name>
    <message>
        <source>subnet %1 has no route table (and its VPC no main table)</source>
        <translation>サブネット %1 にルートテーブルがありません (VPC にもメインルートテーブルがありません)</translation>
    </message>
    <message>
        <source>associate a route table with %1</source>
        <translation>%1 にルートテーブルを関連付ける</translation>
    </message>
    <message>
        <source>route table %1 has no route for %2</source>
        <translation>ルートテーブル %1 に %2 へのルートがありません</translation>
    </message>
    <message>
        <source>add a route for %1/32 (or a covering prefix) to %2</source>
        <translation>%2 に %1/32 (またはそれを含むプレフィックス) へのルートを追加する</translation>
    </message>
    <message>
        <source>subnet %1 belongs to %2, which is not in the design</source>
        <translation>サブネット %1 は設計にない %2 に属しています</translation>
    </message>
    <message>
        <source>add the VPC or move the subnet into an existing one</source>
        <translation>VPC を追加するか、サブネットを既存の VPC に移動する</translation>
    </message>
    <message>
        <source>%1 has no internet gateway for %2</source>
        <translation>%1 には %2 のためのインターネットゲートウェイがありません</translation>
    </message>
    <message>
        <source>attach an internet gateway</source>
        <translation>インターネットゲートウェイをアタッチする</translation>
    </message>
    <message>
        <source>the on-premises network has no Internet edge for %1</source>
        <translation>オンプレミスネットワークには %1 のためのインターネット出口がありません</translation>
    </message>
    <message>
        <source>add the customer firewall that NATs this network to the Internet</source>
        <translation>このネットワークをインターネットへ NAT するお客様のファイアウォールを追加する</translation>
    </message>
    <message>
        <source>add a route %1 -&gt; %2 to %3, or enable route propagation from %2 on it</source>
        <translation>%3 にルート %1 -&gt; %2 を追加するか、そこで %2 からのルート伝播を有効にする</translation>
    </message>
    <message>
        <source>propagation from %1 is on, so the VPN&apos;s static routes appear in %2: add %3 to the static routes of the VPN connection, or add a route %3 -&gt; %1 to %2</source>
        <translation>%1 からの伝播がオンなので、VPN の静的ルートが %2 に現れます: VPN 接続の静的ルートに %3 を追加するか、%2 にルート %3 -&gt; %1 を追加する</translation>
    </message>
    <message>
        <source>this verdict depends on routes learned over BGP, which a snapshot does not hold: propagation from %1 is on, so check that the customer gateway advertises a prefix covering %2 (the VPN&apos;s accepted route count), or add a static route %3 -&gt; %1</source>
        <translation>この判定は BGP で学習したルートに依存し、スナップショットにはそれが含まれません: %1 からの伝播はオンなので、カスタマーゲートウェイが %2 を含むプレフィックスをアドバタイズしているか (VPN の受け入れルート数) を確認するか、静的ルート %3 -&gt; %1 を追加する</translation>
    </message>
</context>
<context>
    <name>ROUTING_LOOP</name>
    <message>
        <source>the packet passed more than 64 components</source>
        <translation>パケットが 64 を超えるコンポーネントを通過しました</translation>
    </message>
    <message>
        <source>check the routes for a cycle</source>
        <translation>ルートに循環がないか確認する</translation>
    </message>
    <message>
        <source>the packet came back to %1 with the same header: a routing loop</source>
        <translation>パケットが同じヘッダーで %1 に戻りました: ルーティングループです</translation>
    </message>
    <message>
        <source>fix the routes so that %1 leads to its destination</source>
        <translation>%1 が宛先に届くようにルートを修正する</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>✓ BLOCKED, as designed</source>
        <translation>✓ ブロック (設計どおり)</translation>
    </message>
    <message>
        <source>DELIVERED</source>
        <translation>配送可</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source> ✓ as expected</source>
        <translation> ✓ 期待どおり</translation>
    </message>
    <message>
        <source>✗ differs</source>
        <translation>✗ 期待と異なる</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>From → To : port</source>
        <translation>送信元 → 宛先 : ポート</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待</translation>
    </message>
    <message>
        <source>Blamed</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>(expected: %1)</source>
        <translation>(期待: %1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Assumption: %1</source>
        <translation>前提: %1</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Header in</source>
        <translation>入力ヘッダー</translation>
    </message>
    <message>
        <source>Header out</source>
        <translation>出力ヘッダー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>The design declares no expected flows.</source>
        <translation>設計に期待するフローがありません。</translation>
    </message>
    <message>
        <source>%1 · %2 resources · MailPath %3</source>
        <translation>%1 · リソース %2 個 · MailPath %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;Envelope: MAIL FROM %1, RCPT TO %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;エンベロープ: MAIL FROM %1、RCPT TO %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SES_IDENTITY_UNVERIFIED</name>
    <message>
        <source>SES in %1 rejects MAIL FROM %2: no verified identity for the address or its domain (%3): &quot;554 Message rejected: Email address is not verified&quot;</source>
        <translation>%1 の SES は MAIL FROM %2 を拒否します: このアドレスにもそのドメインにも検証済み ID がありません (%3): &quot;554 Message rejected: Email address is not verified&quot;</translation>
    </message>
    <message>
        <source>verify %1 (or %2) in SES %3</source>
        <translation>SES %3 で %1 (または %2) を検証する</translation>
    </message>
    <message>
        <source>: add %1 %2 -&gt; %3 to its zone</source>
        <translation>: そのゾーンに %1 %2 -&gt; %3 を追加する</translation>
    </message>
</context>
<context>
    <name>SES_IP_FILTER_DENY</name>
    <message>
        <source>receipt IP filter %1 (Block %2) of SES in %3 rejects mail from %4</source>
        <translation>%3 の SES の受信 IP フィルター %1 (Block %2) が %4 からのメールを拒否しています</translation>
    </message>
    <message>
        <source>remove %1 or add an Allow filter for %2/32</source>
        <translation>%1 を削除するか、%2/32 の Allow フィルターを追加する</translation>
    </message>
</context>
<context>
    <name>SES_SANDBOX_RECIPIENT</name>
    <message>
        <source>SES in %1 is in the sandbox and %2 is not a verified identity (%3): sandbox accounts send to verified addresses and domains only</source>
        <translation>%1 の SES はサンドボックスにあり、%2 は検証済み ID ではありません (%3): サンドボックスのアカウントは検証済みのアドレスとドメインにしか送信できません</translation>
    </message>
    <message>
        <source>verify %1 in SES %2, or request production access for the account in %2</source>
        <translation>SES %2 で %1 を検証するか、%2 のアカウントの本番稼働アクセスをリクエストする</translation>
    </message>
</context>
<context>
    <name>SES_SENDING_DISABLED</name>
    <message>
        <source>sending is paused for the SES account in %1</source>
        <translation>%1 の SES アカウントの送信は一時停止されています</translation>
    </message>
    <message>
        <source>resume sending for the account in %1 (aws sesv2 put-account-sending-attributes --sending-enabled)</source>
        <translation>%1 のアカウントの送信を再開する (aws sesv2 put-account-sending-attributes --sending-enabled)</translation>
    </message>
    <message>
        <source>sending is disabled for configuration set %1 in %2</source>
        <translation>%2 の設定セット %1 の送信は無効になっています</translation>
    </message>
    <message>
        <source>enable sending for configuration set %1 (aws sesv2 put-configuration-set-sending-options --sending-enabled)</source>
        <translation>設定セット %1 の送信を有効にする (aws sesv2 put-configuration-set-sending-options --sending-enabled)</translation>
    </message>
</context>
<context>
    <name>SG_EGRESS_DENY</name>
    <message>
        <source>no rule of %1 on %2 allows outbound TCP %3 to %4</source>
        <translation>%2 の %1 に、%4 へのアウトバウンド TCP %3 を許可するルールがありません</translation>
    </message>
    <message>
        <source>add an outbound rule to %1: allow TCP %2 to %3</source>
        <translation>%1 にアウトバウンドルールを追加: %3 への TCP %2 を許可</translation>
    </message>
</context>
<context>
    <name>SG_INGRESS_DENY</name>
    <message>
        <source>no rule of %1 on %2 allows inbound TCP %3 from %4</source>
        <translation>%2 の %1 に、%4 からのインバウンド TCP %3 を許可するルールがありません</translation>
    </message>
    <message>
        <source>add an inbound rule to %1: allow TCP %2 from %3</source>
        <translation>%1 にインバウンドルールを追加: %3 からの TCP %2 を許可</translation>
    </message>
    <message>
        <source>; %1 is Classic Load Balancer %2, whose TCP listener does not pass the client&apos;s address on</source>
        <translation>。%1 は Classic Load Balancer %2 で、その TCP リスナーはクライアントのアドレスを引き継ぎません</translation>
    </message>
    <message>
        <source>allow TCP %1 from the load balancer&apos;s security group %2 (or the VPC CIDR, as the relay&apos;s mynetworks) in %3</source>
        <translation>%3 で、ロードバランサーのセキュリティグループ %2 (またはリレーの mynetworks と同じく VPC CIDR) からの TCP %1 を許可する</translation>
    </message>
</context>
<context>
    <name>SMTP_RELAY_DENIED</name>
    <message>
        <source>relay %1 sees the client as %2</source>
        <translation>リレー %1 からはクライアントが %2 に見えます</translation>
    </message>
    <message>
        <source>, the Classic Load Balancer&apos;s private address (its TCP listener does not pass the client&apos;s address on)</source>
        <translation> (Classic Load Balancer のプライベートアドレスです。TCP リスナーはクライアントのアドレスを引き継ぎません)</translation>
    </message>
    <message>
        <source>, the load balancer&apos;s private address (client IP preservation is off for ip targets)</source>
        <translation> (ロードバランサーのプライベートアドレスです。ip ターゲットではクライアント IP の保持がオフです)</translation>
    </message>
    <message>
        <source>, the NAT gateway&apos;s address</source>
        <translation> (NAT ゲートウェイのアドレスです)</translation>
    </message>
    <message>
        <source>, which is not in its allow-list: &quot;Relay access denied&quot;</source>
        <translation>。これは許可リストにありません: &quot;Relay access denied&quot;</translation>
    </message>
    <message>
        <source>add %1/32 to the relay&apos;s allow-list (postfix mynetworks)</source>
        <translation>%1/32 をリレーの許可リスト (postfix の mynetworks) に追加する</translation>
    </message>
</context>
<context>
    <name>SMTP_TLS_REQUIRED</name>
    <message>
        <source>SES requires TLS: TLS from the first byte on %1</source>
        <translation>SES は TLS が必須です: %1 では最初のバイトから TLS</translation>
    </message>
    <message>
        <source>enable SMTPS (TLS wrapper) in the client</source>
        <translation>クライアントで SMTPS (TLS ラッパー) を有効にする</translation>
    </message>
    <message>
        <source>SES requires TLS: STARTTLS on %1</source>
        <translation>SES は TLS が必須です: %1 では STARTTLS</translation>
    </message>
    <message>
        <source>enable STARTTLS in the client</source>
        <translation>クライアントで STARTTLS を有効にする</translation>
    </message>
    <message>
        <source>SMTP server %1 requires TLS</source>
        <translation>SMTP サーバー %1 は TLS が必須です</translation>
    </message>
    <message>
        <source>configuration set %1 has TLS policy Require and %2 offers no STARTTLS: SES does not deliver the message</source>
        <translation>設定セット %1 の TLS ポリシーは Require ですが、%2 は STARTTLS を提供していません: SES はメッセージを配信しません</translation>
    </message>
    <message>
        <source>enable STARTTLS on %1, or set the TLS policy of %2 to Optional</source>
        <translation>%1 で STARTTLS を有効にするか、%2 の TLS ポリシーを Optional にする</translation>
    </message>
</context>
<context>
    <name>SOURCE_DEST_CHECK_ON</name>
    <message>
        <source>%1 has source/destination checking on, so it drops traffic that is not addressed to it (a NAT instance or appliance needs it off)</source>
        <translation>%1 は送信元/送信先チェックがオンのため、自分宛てでないトラフィックを破棄します (NAT インスタンスやアプライアンスではオフにする必要があります)</translation>
    </message>
    <message>
        <source>disable the source/destination check on %1</source>
        <translation>%1 の送信元/送信先チェックを無効にする</translation>
    </message>
</context>
<context>
    <name>TGW_NO_ATTACHMENT_IN_AZ</name>
    <message>
        <source>%1 has no attachment to transit gateway %2</source>
        <translation>%1 には Transit Gateway %2 へのアタッチメントがありません</translation>
    </message>
    <message>
        <source>create a VPC attachment for %1 with a subnet in every AZ used</source>
        <translation>使用するすべての AZ にサブネットを持つ %1 の VPC アタッチメントを作成する</translation>
    </message>
    <message>
        <source>attachment %1 has subnets only in %2; traffic from %3 is dropped</source>
        <translation>アタッチメント %1 のサブネットは %2 にしかありません。%3 からのトラフィックは破棄されます</translation>
    </message>
    <message>
        <source>add a subnet in %1 to attachment %2</source>
        <translation>アタッチメント %2 に %1 のサブネットを追加する</translation>
    </message>
    <message>
        <source>attachment %1 has no subnet</source>
        <translation>アタッチメント %1 にサブネットがありません</translation>
    </message>
    <message>
        <source>add subnets to it</source>
        <translation>サブネットを追加する</translation>
    </message>
</context>
<context>
    <name>TGW_PEERING_NOT_AVAILABLE</name>
    <message>
        <source>peering attachment %1 is %2 on the side of %3: only an available peering forwards</source>
        <translation>ピアリングアタッチメント %1 は %3 側で %2 です: 転送するのは available のピアリングだけです</translation>
    </message>
    <message>
        <source>accept the peering attachment from the accepter&apos;s Region</source>
        <translation>アクセプタ側のリージョンからピアリングアタッチメントを承諾します</translation>
    </message>
    <message>
        <source>the peering attachment is deleted or failed: create a new one, accept it and point both sides&apos; static routes at it</source>
        <translation>ピアリングアタッチメントは削除済みまたは失敗状態です: 新しく作成して承諾し、両側の静的ルートをそれに向けます</translation>
    </message>
    <message>
        <source>the peer transit gateway %1 is not in the design</source>
        <translation>ピアのトランジットゲートウェイ %1 が設計にありません</translation>
    </message>
    <message>
        <source>add the peer transit gateway and its side of the peering attachment</source>
        <translation>ピアのトランジットゲートウェイと、その側のピアリングアタッチメントを追加します</translation>
    </message>
</context>
<context>
    <name>TGW_ROUTE_BLACKHOLE</name>
    <message>
        <source>the route %1 in %2 is a blackhole</source>
        <translation>%2 のルート %1 はブラックホールです</translation>
    </message>
    <message>
        <source>replace the blackhole route with one to an attachment</source>
        <translation>ブラックホールルートをアタッチメントへのルートに置き換える</translation>
    </message>
    <message>
        <source>the route&apos;s attachment %1 does not exist</source>
        <translation>ルートのアタッチメント %1 は存在しません</translation>
    </message>
    <message>
        <source>delete the stale route</source>
        <translation>古いルートを削除する</translation>
    </message>
    <message>
        <source>the route&apos;s attachment %1 is %2: the route is a blackhole</source>
        <translation>ルートのアタッチメント %1 は %2 です: このルートはブラックホールです</translation>
    </message>
</context>
<context>
    <name>TGW_ROUTE_NO_MATCH</name>
    <message>
        <source>the attachment is associated with no route table of %1</source>
        <translation>アタッチメントは %1 のどのルートテーブルにも関連付けられていません</translation>
    </message>
    <message>
        <source>associate the attachment with a transit gateway route table</source>
        <translation>アタッチメントを Transit Gateway ルートテーブルに関連付ける</translation>
    </message>
    <message>
        <source>transit gateway route table %1 has no route to %2</source>
        <translation>Transit Gateway ルートテーブル %1 に %2 へのルートがありません</translation>
    </message>
    <message>
        <source>enable propagation from the destination&apos;s attachment into %1, or add a static route</source>
        <translation>宛先のアタッチメントから %1 への伝播を有効にするか、静的ルートを追加する</translation>
    </message>
    <message>
        <source>a peering attachment carries static routes only, one on each side: add a static route for %1 to %2 pointing at the peering attachment %3</source>
        <translation>ピアリングアタッチメントは静的ルートだけを運びます (両側に 1 つずつ必要): %2 に %1 の静的ルートを追加し、ピアリングアタッチメント %3 を指定します</translation>
    </message>
    <message>
        <source>this verdict depends on routes learned over BGP, which a snapshot does not hold: %1 (%2) already propagates into %3; check that the on-premises router advertises a prefix covering %4 (aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id %3 --filters Name=type,Values=propagated), or add a static route</source>
        <translation>この判定は BGP で学習したルートに依存しますが、スナップショットには含まれません: %1 (%2) はすでに %3 へ伝播しています。オンプレミスのルーターが %4 を含むプレフィックスをアドバタイズしているか確認するか (aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id %3 --filters Name=type,Values=propagated)、静的ルートを追加します</translation>
    </message>
    <message>
        <source>%1 has no route to %2 (in %3): the only match, %4, leads back to Direct Connect gateway %5 the packet came from</source>
        <translation>%1 には %2 (%3 内) へのルートがありません: 唯一一致する %4 は、パケットの送信元である Direct Connect ゲートウェイ %5 に戻ります</translation>
    </message>
    <message>
        <source>enable propagation from the attachment of %1 into %2, or add a static route for it</source>
        <translation>%1 のアタッチメントから %2 への伝播を有効にするか、静的ルートを追加してください</translation>
    </message>
</context>
<context>
    <name>UNKNOWN_ENDPOINT</name>
    <message>
        <source>place it in a subnet</source>
        <translation>サブネットに配置する</translation>
    </message>
    <message>
        <source>the interface is not in a known subnet</source>
        <translation>ネットワークインターフェイスが既知のサブネットにありません</translation>
    </message>
    <message>
        <source>no interface in %1 has the address %2</source>
        <translation>%1 にアドレス %2 を持つネットワークインターフェイスがありません</translation>
    </message>
    <message>
        <source>check the destination address, or add the host to the design</source>
        <translation>宛先アドレスを確認するか、ホストを設計に追加する</translation>
    </message>
    <message>
        <source>the reply reached %1 instead of the client</source>
        <translation>応答がクライアントではなく %1 に届きました</translation>
    </message>
    <message>
        <source>the reply reached %1 instead of the client (asymmetric routing)</source>
        <translation>応答がクライアントではなく %1 に届きました (非対称ルーティング)</translation>
    </message>
    <message>
        <source>make the return route symmetric</source>
        <translation>戻りのルートを対称にする</translation>
    </message>
    <message>
        <source>the reply is addressed to %1, which nothing in the design owns</source>
        <translation>応答の宛先 %1 は設計内のどのリソースも持っていません</translation>
    </message>
    <message>
        <source>check the return path&apos;s translations</source>
        <translation>戻り経路のアドレス変換を確認する</translation>
    </message>
    <message>
        <source>unexpected reply to %1</source>
        <translation>%1 への予期しない応答です</translation>
    </message>
    <message>
        <source>check the design</source>
        <translation>設計を確認する</translation>
    </message>
    <message>
        <source>NAT gateway %1 is in no known subnet</source>
        <translation>NAT ゲートウェイ %1 は既知のサブネットにありません</translation>
    </message>
    <message>
        <source>the reply went on-premises instead of to the client</source>
        <translation>応答がクライアントではなくオンプレミスに向かいました</translation>
    </message>
    <message>
        <source>the load balancer node is in no known subnet</source>
        <translation>ロードバランサーのノードが既知のサブネットにありません</translation>
    </message>
    <message>
        <source>enable a subnet for it</source>
        <translation>ロードバランサーのサブネットを有効にする</translation>
    </message>
    <message>
        <source>the load balancer has no connection for this reply</source>
        <translation>ロードバランサーにこの応答に対応する接続がありません</translation>
    </message>
    <message>
        <source>check the return path</source>
        <translation>戻り経路を確認する</translation>
    </message>
    <message>
        <source>the NAT instance is in no known subnet</source>
        <translation>NAT インスタンスが既知のサブネットにありません</translation>
    </message>
    <message>
        <source>name an instance, interface, IP address, load balancer, endpoint, SMTP server or SES host name of the design</source>
        <translation>設計内のインスタンス、ネットワークインターフェイス、IP アドレス、ロードバランサー、エンドポイント、SMTP サーバー、または SES ホスト名を指定する</translation>
    </message>
    <message>
        <source>no resource, name or address &quot;%1&quot; in the design</source>
        <translation>設計に「%1」というリソース、名前、アドレスはありません</translation>
    </message>
    <message>
        <source>no resource, name, address or SES host name &quot;%1&quot; in the design</source>
        <translation>設計に「%1」というリソース、名前、アドレス、SES ホスト名はありません</translation>
    </message>
    <message>
        <source>instance %1 has no network interface in a known subnet</source>
        <translation>インスタンス %1 には既知のサブネットにあるネットワークインターフェイスがありません</translation>
    </message>
    <message>
        <source>network interface %1 is not in a known subnet</source>
        <translation>ネットワークインターフェイス %1 は既知のサブネットにありません</translation>
    </message>
    <message>
        <source>%1 %2 cannot start an SMTP connection</source>
        <translation>%1 %2 は SMTP 接続を開始できません</translation>
    </message>
    <message>
        <source>%1 %2 cannot receive an SMTP connection</source>
        <translation>%1 %2 は SMTP 接続を受けられません</translation>
    </message>
    <message>
        <source>%1 %2 has no address</source>
        <translation>%1 %2 にはアドレスがありません</translation>
    </message>
    <message>
        <source>SES has no SMTP endpoint in region %1</source>
        <translation>リージョン %1 には SES の SMTP エンドポイントがありません</translation>
    </message>
    <message>
        <source>%1 is a public address that nothing in the design owns (no Elastic IP, public IPv4, load balancer or NAT gateway): the connection never enters AWS</source>
        <translation>%1 は設計内の何も持っていないパブリックアドレスです (Elastic IP、パブリック IPv4、ロードバランサー、NAT ゲートウェイのどれでもない): 接続は AWS に入りません</translation>
    </message>
    <message>
        <source>send to the Elastic IP or public DNS name of the receiving instance or internet-facing load balancer, or add the host to the design</source>
        <translation>受信するインスタンスかインターネット向けロードバランサーの Elastic IP またはパブリック DNS 名に送るか、ホストを設計に追加する</translation>
    </message>
</context>
<context>
    <name>VPN_NO_ROUTE</name>
    <message>
        <source>virtual private gateway %1 knows no route to %2 (no static route or BGP prefix of its VPN connections covers it)</source>
        <translation>仮想プライベートゲートウェイ %1 は %2 へのルートを知りません (VPN 接続の静的ルートにも BGP プレフィックスにも含まれていません)</translation>
    </message>
    <message>
        <source>add a static route for the on-premises prefix to the VPN connection, or advertise it over BGP</source>
        <translation>オンプレミスのプレフィックスの静的ルートを VPN 接続に追加するか、BGP でアドバタイズする</translation>
    </message>
    <message>
        <source>the on-premises network has no route to %1 over a VPN or Direct Connect link</source>
        <translation>オンプレミスネットワークには VPN や Direct Connect 経由の %1 へのルートがありません</translation>
    </message>
    <message>
        <source>route %1 (the VPC&apos;s CIDR) over the VPN connection</source>
        <translation>%1 (VPC の CIDR) を VPN 接続経由でルーティングする</translation>
    </message>
    <message>
        <source>this verdict depends on routes learned over BGP, which a snapshot does not hold: check that the customer gateway advertises a prefix covering %1 (the tunnels&apos; accepted route count), or add a static route for it</source>
        <translation>この判定は BGP で学習したルートに依存し、スナップショットにはそれが含まれません: カスタマーゲートウェイが %1 を含むプレフィックスをアドバタイズしているか (トンネルの受け入れルート数) を確認するか、静的ルートを追加する</translation>
    </message>
    <message>
        <source>%1 reaches %2 only through Direct Connect gateway %3, and a Direct Connect gateway never passes traffic between two of its associations (%2 is behind %4)</source>
        <translation>%1 から %2 へは Direct Connect ゲートウェイ %3 経由でしか到達できませんが、Direct Connect ゲートウェイは関連付け間でトラフィックを中継しません (%2 は %4 の先にあります)</translation>
    </message>
    <message>
        <source>connect the two VPCs with a peering connection or a transit gateway</source>
        <translation>2 つの VPC をピアリング接続またはトランジットゲートウェイで接続してください</translation>
    </message>
    <message>
        <source>virtual private gateway %1 knows no route to %2: no on-premises prefix behind Direct Connect gateway %3 covers it</source>
        <translation>仮想プライベートゲートウェイ %1 は %2 へのルートを知りません: Direct Connect ゲートウェイ %3 の先のどのオンプレミスプレフィックスもそれをカバーしていません</translation>
    </message>
    <message>
        <source>this verdict depends on routes learned over BGP, which a snapshot does not hold: check that the customer router advertises a prefix covering %1 over %2, and add that on-premises network to the design</source>
        <translation>この判定は BGP で学習したルートに依存しますが、スナップショットには含まれません: カスタマールーターが %2 経由で %1 をカバーするプレフィックスをアドバタイズしていることを確認し、そのオンプレミスネットワークを設計に追加してください</translation>
    </message>
</context>
<context>
    <name>VPN_TUNNELS_DOWN</name>
    <message>
        <source>every tunnel of VPN connection %1 is DOWN in the snapshot&apos;s telemetry (%2), so nothing crosses it in either direction; the telemetry is a point-in-time view</source>
        <translation>スナップショットのテレメトリでは VPN 接続 %1 のトンネルがすべて DOWN です (%2)。どちらの方向にも何も通りません。テレメトリはある時点の状態です</translation>
    </message>
    <message>
        <source>bring a tunnel up: check the customer gateway&apos;s IKE/IPsec settings and pre-shared keys for the tunnel outside addresses, then take a new snapshot</source>
        <translation>トンネルを起動する: トンネルの外部アドレスについてカスタマーゲートウェイの IKE/IPsec 設定と事前共有キーを確認し、スナップショットを取り直す</translation>
    </message>
</context>
<context>
    <name>directions</name>
    <message>
        <source>forward</source>
        <translation>往路</translation>
    </message>
    <message>
        <source>return</source>
        <translation>復路</translation>
    </message>
</context>
<context>
    <name>fixes</name>
    <message>
        <source>allow TCP %1 outbound to %2 (rule %3)</source>
        <translation>%2 へのアウトバウンド TCP %1 を許可 (ルール %3)</translation>
    </message>
    <message>
        <source>allow TCP %1 inbound from %2 (rule %3)</source>
        <translation>%2 からのインバウンド TCP %1 を許可 (ルール %3)</translation>
    </message>
    <message>
        <source>allow TCP %1 outbound to %2</source>
        <translation>%2 へのアウトバウンド TCP %1 を許可</translation>
    </message>
    <message>
        <source>allow TCP %1 inbound from %2</source>
        <translation>%2 からのインバウンド TCP %1 を許可</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>、対象: %1</translation>
    </message>
    <message>
        <source>add listener TCP %1 -&gt; %2 (port %3), as the one on %4</source>
        <translation>リスナー TCP %1 -&gt; %2 (ポート %3) を追加 (%4 のリスナーと同じ転送先)</translation>
    </message>
    <message>
        <source>add listener TCP %1 -&gt; instance port %2, as the one on %3</source>
        <translation>リスナー TCP %1 -&gt; インスタンスポート %2 を追加 (%3 のリスナーと同じ転送先)</translation>
    </message>
    <message>
        <source>add route %1 -&gt; %2</source>
        <translation>ルート %1 -&gt; %2 を追加</translation>
    </message>
    <message>
        <source>listen also on TCP %1</source>
        <translation>TCP %1 でも待ち受ける</translation>
    </message>
    <message>
        <source>add subnet %1</source>
        <translation>サブネット %1 を追加</translation>
    </message>
    <message>
        <source>enable appliance mode</source>
        <translation>アプライアンスモードを有効化</translation>
    </message>
</context>
<context>
    <name>hops</name>
    <message>
        <source>subnet %1</source>
        <translation>サブネット %1</translation>
    </message>
    <message>
        <source>the reply reached the client</source>
        <translation>応答がクライアントに届きました</translation>
    </message>
    <message>
        <source>outside the model: the Internet host is assumed to accept the connection</source>
        <translation>モデルの外: インターネット上のホストは接続を受け付けるものとします</translation>
    </message>
    <message>
        <source>on-premises host assumed to accept the connection</source>
        <translation>オンプレミスのホストは接続を受け付けるものとします</translation>
    </message>
    <message>
        <source>the NAT gateway picks a source port in %1; replies come back to it</source>
        <translation>NAT ゲートウェイは %1 から送信元ポートを選び、応答はそのポートに戻ります</translation>
    </message>
    <message>
        <source>no security groups: all client traffic reaches the listeners</source>
        <translation>セキュリティグループなし: クライアントのトラフィックはすべてリスナーに届きます</translation>
    </message>
    <message>
        <source>client IP preserved: the target sees %1</source>
        <translation>クライアント IP を保持: ターゲットからは %1 に見えます</translation>
    </message>
    <message>
        <source>client IP not preserved: the target sees the NLB&apos;s address %1</source>
        <translation>クライアント IP を保持しない: ターゲットからは NLB のアドレス %1 に見えます</translation>
    </message>
    <message>
        <source>beyond a %1 attachment: outside the model</source>
        <translation>%1 アタッチメントの先: モデルの外です</translation>
    </message>
    <message>
        <source>a Classic Load Balancer opens its own connection: the instance sees %1, not the client</source>
        <translation>Classic Load Balancer は自分で接続を開きます: インスタンスからはクライアントではなく %1 に見えます</translation>
    </message>
    <message>
        <source> (the Proxy Protocol header names the client inside the stream; postfix must be told to read it)</source>
        <translation> (Proxy Protocol ヘッダーがストリーム内でクライアントを示します。postfix にそれを読むよう設定が必要です)</translation>
    </message>
    <message>
        <source>a Linux NAT instance keeps the client&apos;s source port when it is free: replies come back to the client&apos;s ephemeral port, so a NAT instance does not let an ACL open the SMTP port alone (port forwarding publishes inside servers; it does not change this)</source>
        <translation>Linux の NAT インスタンスは空いていればクライアントの送信元ポートを維持します: 応答はクライアントのエフェメラルポートに戻るため、NAT インスタンスでは ACL で SMTP ポートだけを開けても通りません (ポートフォワーディングは内部サーバーを公開するもので、これは変わりません)</translation>
    </message>
    <message>
        <source>MAIL FROM %1, RCPT TO %2</source>
        <translation>MAIL FROM %1、RCPT TO %2</translation>
    </message>
    <message>
        <source>the reply reached SES</source>
        <translation>応答が SES に届きました</translation>
    </message>
    <message>
        <source>edge route table of %1</source>
        <translation>%1 のエッジルートテーブル</translation>
    </message>
</context>
<context>
    <name>mailpath::app</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>コンピューティング</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Outside AWS</source>
        <translation>AWS の外</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Public subnet</source>
        <translation>パブリックサブネット</translation>
    </message>
    <message>
        <source>Private subnet</source>
        <translation>プライベートサブネット</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>NAT instance</source>
        <translation>NAT インスタンス</translation>
    </message>
    <message>
        <source>Network load balancer</source>
        <translation>Network Load Balancer</translation>
    </message>
    <message>
        <source>Classic Load Balancer</source>
        <translation>Classic Load Balancer</translation>
    </message>
    <message>
        <source>Transit gateway</source>
        <translation>Transit Gateway</translation>
    </message>
    <message>
        <source>VPC peering</source>
        <translation>VPC ピアリング</translation>
    </message>
    <message>
        <source>VPN gateway + VPN</source>
        <translation>VPN ゲートウェイ + VPN</translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation>EC2 インスタンス</translation>
    </message>
    <message>
        <source>Fargate task</source>
        <translation>Fargate タスク</translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation>Lambda 関数</translation>
    </message>
    <message>
        <source>SES SMTP endpoint</source>
        <translation>SES SMTP エンドポイント</translation>
    </message>
    <message>
        <source>SES VPC endpoint</source>
        <translation>SES VPC エンドポイント</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP サーバー</translation>
    </message>
    <message>
        <source>On-premises network</source>
        <translation>オンプレミスネットワーク</translation>
    </message>
    <message>
        <source>Customer firewall</source>
        <translation>お客様のファイアウォール</translation>
    </message>
    <message>
        <source>Internet host</source>
        <translation>インターネット上のホスト</translation>
    </message>
    <message>
        <source>Unknown component %1.</source>
        <translation>不明なコンポーネント %1 です。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Cannot add %1 here.</source>
        <translation>ここには %1 を追加できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535.</source>
        <translation>「%1」は 1 から 65535 のポートではありません。</translation>
    </message>
    <message>
        <source>%1: one of %2.</source>
        <translation>%1: %2 のいずれか。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet of this design.</source>
        <translation>「%1」はこの設計のサブネットではありません。</translation>
    </message>
    <message>
        <source>Subnet %1 is not in %2.</source>
        <translation>サブネット %1 は %2 にありません。</translation>
    </message>
    <message>
        <source>A VPC attachment takes one subnet per Availability Zone (%1 twice).</source>
        <translation>VPC アタッチメントはアベイラビリティーゾーンごとにサブネットを 1 つ取ります (%1 が 2 回)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a VPC of this design.</source>
        <translation>「%1」はこの設計の VPC ではありません。</translation>
    </message>
    <message>
        <source>Subnet %1 is in %2: clear the attachment&apos;s subnets first.</source>
        <translation>サブネット %1 は %2 にあります: 先にアタッチメントのサブネットを外してください。</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>インターネット向け</translation>
    </message>
    <message>
        <source>Cross-zone load balancing</source>
        <translation>クロスゾーン負荷分散</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>ヘルスチェック</translation>
    </message>
    <message>
        <source>Proxy Protocol</source>
        <translation>Proxy Protocol</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>ターゲットタイプ</translation>
    </message>
    <message>
        <source>Preserve client IP</source>
        <translation>クライアント IP の保持</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>デフォルト (%1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation>ヘルスチェックポート</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Default association</source>
        <translation>デフォルトの関連付け</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Default propagation</source>
        <translation>デフォルトの伝播</translation>
    </message>
    <message>
        <source>Subnets (one per AZ)</source>
        <translation>サブネット (AZ ごとに 1 つ)</translation>
    </message>
    <message>
        <source>Associated route table</source>
        <translation>関連付けられたルートテーブル</translation>
    </message>
    <message>
        <source>TGW default (%1)</source>
        <translation>TGW のデフォルト (%1)</translation>
    </message>
    <message>
        <source>Appliance mode</source>
        <translation>アプライアンスモード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>プライベート IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <source>Ephemeral ports</source>
        <translation>エフェメラルポート</translation>
    </message>
    <message>
        <source>Source/destination check</source>
        <translation>送信元/送信先チェック</translation>
    </message>
    <message>
        <source>As a route target</source>
        <translation>ルートのターゲットとして</translation>
    </message>
    <message>
        <source>auto (NAT when the check is off and it has a public IP)</source>
        <translation>自動 (チェックがオフでパブリック IP があれば NAT)</translation>
    </message>
    <message>
        <source>NAT instance (masquerade)</source>
        <translation>NAT インスタンス (マスカレード)</translation>
    </message>
    <message>
        <source>router (no translation)</source>
        <translation>ルーター (変換なし)</translation>
    </message>
    <message>
        <source>CIDRs</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>A VPC needs at least one CIDR block.</source>
        <translation>VPC には少なくとも 1 つの CIDR ブロックが必要です。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Availability Zone</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <source>Auto-assign public IP</source>
        <translation>パブリック IP の自動割り当て</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Port 25 block removed (OP25B)</source>
        <translation>ポート 25 のブロック解除済み (OP25B)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation>Elastic IP</translation>
    </message>
    <message>
        <source>Private NAT gateway</source>
        <translation>プライベート NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Private DNS</source>
        <translation>プライベート DNS</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Receiving (MX)</source>
        <translation>受信 (MX)</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Public IPs</source>
        <translation>パブリック IP</translation>
    </message>
    <message>
        <source>Source NAT IP</source>
        <translation>送信元 NAT IP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Relay allow-list</source>
        <translation>リレーの許可リスト</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>数値ではありません: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.1.0/24.</source>
        <translation>「%1」は 10.0.1.0/24 のような IPv4 CIDR ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>「%1」は IPv4 アドレスではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port range such as 32768-60999.</source>
        <translation>「%1」は 32768-60999 のようなポート範囲ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR.</source>
        <translation>「%1」は IPv4 CIDR ではありません。</translation>
    </message>
    <message>
        <source>The load balancer already listens on %1.</source>
        <translation>ロードバランサーはすでに %1 で待ち受けています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target group of this design.</source>
        <translation>「%1」はこの設計のターゲットグループではありません。</translation>
    </message>
    <message>
        <source>Target group %1 is in %2, not in the load balancer&apos;s VPC %3.</source>
        <translation>ターゲットグループ %1 はロードバランサーの VPC %3 ではなく %2 にあります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance (i-…) of this design; instance targets take instance ids.</source>
        <translation>「%1」はこの設計のインスタンス (i-…) ではありません。instance ターゲットにはインスタンス ID を指定します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or a network interface (eni-…).</source>
        <translation>「%1」は IPv4 アドレスでもネットワークインターフェイス (eni-…) でもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a load balancer of this design.</source>
        <translation>「%1」はこの設計のロードバランサーではありません。</translation>
    </message>
    <message>
        <source>AWS Network Firewall</source>
        <translation>AWS Network Firewall</translation>
    </message>
    <message>
        <source>%1 attaches to its VPC or Region, never inside a subnet: drop it outside the subnets.</source>
        <translation>%1 は VPC またはリージョンにアタッチするもので、サブネットの中には置けません: サブネットの外にドロップしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation>「%1」: %2。</translation>
    </message>
    <message>
        <source>Write ALLOWLIST: or DENYLIST: followed by domains, e.g. ALLOWLIST: email-smtp.us-east-1.amazonaws.com, .example.com</source>
        <translation>ALLOWLIST: または DENYLIST: に続けてドメインを書いてください。例: ALLOWLIST: email-smtp.us-east-1.amazonaws.com, .example.com</translation>
    </message>
    <message>
        <source>Sending enabled</source>
        <translation>送信を有効化</translation>
    </message>
    <message>
        <source>Rule order</source>
        <translation>ルールの評価順序</translation>
    </message>
    <message>
        <source>Stateless default</source>
        <translation>ステートレスのデフォルトアクション</translation>
    </message>
    <message>
        <source>HOME_NET</source>
        <translation>HOME_NET</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 は空にできません。</translation>
    </message>
    <message>
        <source>%1: true or false.</source>
        <translation>%1: true または false。</translation>
    </message>
    <message>
        <source>DKIM tokens</source>
        <translation>DKIM トークン</translation>
    </message>
    <message>
        <source>Easy DKIM has three tokens, not %1.</source>
        <translation>Easy DKIM のトークンは %1 個ではなく 3 個です。</translation>
    </message>
    <message>
        <source>the three Easy DKIM tokens, comma-separated</source>
        <translation>Easy DKIM の 3 つのトークン (カンマ区切り)</translation>
    </message>
    <message>
        <source>Route 53 Change Batch (JSON)</source>
        <translation>Route 53 変更バッチ (JSON)</translation>
    </message>
    <message>
        <source>Terraform aws_route53_record (HCL)</source>
        <translation>Terraform aws_route53_record (HCL)</translation>
    </message>
    <message>
        <source>CloudFormation AWS::Route53::RecordSet (YAML)</source>
        <translation>CloudFormation AWS::Route53::RecordSet (YAML)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stateful default action (%2).</source>
        <translation>&quot;%1&quot; はステートフルデフォルトアクションではありません (%2)。</translation>
    </message>
    <message>
        <source>Choose one drop action: aws:drop_strict or aws:drop_established.</source>
        <translation>ドロップアクションは 1 つだけ選んでください: aws:drop_strict または aws:drop_established。</translation>
    </message>
    <message>
        <source>Stateless fragment default</source>
        <translation>ステートレスフラグメントのデフォルト</translation>
    </message>
    <message>
        <source>Stateful defaults (strict order)</source>
        <translation>ステートフルデフォルト (厳密な順序)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an internet gateway of this design.</source>
        <translation>&quot;%1&quot; はこの設計のインターネットゲートウェイではありません。</translation>
    </message>
    <message>
        <source>%1 is not attached to %2.</source>
        <translation>%1 は %2 にアタッチされていません。</translation>
    </message>
    <message>
        <source>%1 already has an edge route table: %2.</source>
        <translation>%1 には既にエッジルートテーブルがあります: %2。</translation>
    </message>
    <message>
        <source>Edge association (internet gateway)</source>
        <translation>エッジの関連付け (インターネットゲートウェイ)</translation>
    </message>
    <message>
        <source>Gateway Load Balancer</source>
        <translation>Gateway Load Balancer</translation>
    </message>
    <message>
        <source>GWLB endpoint</source>
        <translation>GWLB エンドポイント</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Gateway Load Balancer of this design.</source>
        <translation>&quot;%1&quot; はこの設計の Gateway Load Balancer ではありません。</translation>
    </message>
    <message>
        <source>Network ACL %1 — inbound</source>
        <translation>ネットワーク ACL %1 — インバウンド</translation>
    </message>
    <message>
        <source>Network ACL %1 — outbound</source>
        <translation>ネットワーク ACL %1 — アウトバウンド</translation>
    </message>
    <message>
        <source>Security group %1 — inbound</source>
        <translation>セキュリティグループ %1 — インバウンド</translation>
    </message>
    <message>
        <source>Security group %1 — outbound</source>
        <translation>セキュリティグループ %1 — アウトバウンド</translation>
    </message>
    <message>
        <source>Route table %1%2</source>
        <translation>ルートテーブル %1%2</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (メイン)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>ターゲットグループ %1</translation>
    </message>
    <message>
        <source>Targets of %1</source>
        <translation>%1 のターゲット</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Associations and propagations</source>
        <translation>関連付けと伝播</translation>
    </message>
    <message>
        <source>Route table %1 — </source>
        <translation>ルートテーブル %1 — </translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <source>Policy rule groups</source>
        <translation>ポリシーのルールグループ</translation>
    </message>
    <message>
        <source>NAT gateways and internet gateways carry no security group or network ACL of their own: the ACL of the subnet they sit in applies to their traffic.</source>
        <translation>NAT ゲートウェイとインターネットゲートウェイには独自のセキュリティグループもネットワーク ACL もありません: 配置されたサブネットの ACL がトラフィックに適用されます。</translation>
    </message>
    <message>
        <source>Edge route table %1 (ingress routing)</source>
        <translation>エッジルートテーブル %1 (イングレスルーティング)</translation>
    </message>
    <message>
        <source>Receipt IP filters</source>
        <translation>受信 IP フィルター</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Configuration sets</source>
        <translation>設定セット</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>ファイアウォールのルール</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>インバウンド</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>アウトバウンド</translation>
    </message>
    <message>
        <source>Direct Connect gateway + VIF</source>
        <translation>Direct Connect ゲートウェイ + VIF</translation>
    </message>
    <message>
        <source>Allowed prefixes to %1</source>
        <translation>%1 への許可されたプレフィックス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Customer ASN</source>
        <translation>カスタマー側 ASN</translation>
    </message>
    <message>
        <source>On-premises prefixes</source>
        <translation>オンプレミスのプレフィックス</translation>
    </message>
    <message>
        <source>BGP peer %1</source>
        <translation>BGP ピア %1</translation>
    </message>
</context>
<context>
    <name>mailpath::app::BlockersModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> + %1 other</source>
        <translation> + ほか %1 件</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(manual fix)</source>
        <translation>(手動で修正)</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>ブロック箇所</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Delivered after fix</source>
        <translation>修正後に配送可</translation>
    </message>
    <message>
        <source>Apply fix makes one edit of one resource (rules of a network ACL or security group, a listener, a route with a single possible target, the ports of an SMTP server); this fix needs more or a choice: make it in the inspector</source>
        <translation>「修正を適用」は 1 つのリソースへの 1 回の編集 (ネットワーク ACL またはセキュリティグループのルール、リスナー、ターゲットが 1 つに決まるルート、SMTP サーバーのポート) を行います。この修正はそれ以上の変更か選択が必要なため、インスペクターで行ってください</translation>
    </message>
</context>
<context>
    <name>mailpath::app::CanvasActions</name>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 個の項目</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is used by the flow(s) %2. Delete it anyway? The flows stay, marked as pointing at something deleted.</source>
        <translation>%1 はフロー %2 で使われています。それでも削除しますか? フローは残り、削除されたものを指していると表示されます。</translation>
    </message>
    <message>
        <source>Its %1 was deleted (%2).</source>
        <translation>%1 が削除されました (%2)。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Mark flows</source>
        <translation>フローに印を付ける</translation>
    </message>
    <message>
        <source>Add Route</source>
        <translation>ルートを追加</translation>
    </message>
    <message>
        <source>Route to:</source>
        <translation>ルート先:</translation>
    </message>
</context>
<context>
    <name>mailpath::app::CanvasMenu</name>
    <message>
        <source>Rename %1…</source>
        <translation>%1 の名前を変更…</translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation>インスペクターに表示</translation>
    </message>
    <message>
        <source>New Flow from Here</source>
        <translation>ここから新しいフロー</translation>
    </message>
    <message>
        <source>New Flow to Here</source>
        <translation>ここへの新しいフロー</translation>
    </message>
    <message>
        <source>Add Route from Here…</source>
        <translation>ここからルートを追加…</translation>
    </message>
    <message>
        <source>No security group or ACL of its own (the subnet&apos;s ACL applies)</source>
        <translation>独自のセキュリティグループも ACL もありません (サブネットの ACL が適用されます)</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>%1 を展開</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 を折りたたむ</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Network ACL</source>
        <translation>ネットワーク ACL</translation>
    </message>
    <message>
        <source>Route Table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <source>Security Groups</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>%1 の名前:</translation>
    </message>
    <message>
        <source>Copy Fix as Code</source>
        <translation>修正をコードとしてコピー</translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation>Terraform (HCL)</translation>
    </message>
    <message>
        <source>CloudFormation (YAML)</source>
        <translation>CloudFormation (YAML)</translation>
    </message>
    <message>
        <source>AWS CLI</source>
        <translation>AWS CLI</translation>
    </message>
    <message>
        <source>%1 (this design&apos;s source)</source>
        <translation>%1 (この設計の取り込み元)</translation>
    </message>
    <message>
        <source>Copy DNS Record to Add</source>
        <translation>追加する DNS レコードをコピー</translation>
    </message>
    <message>
        <source>Show Attachment %1 in Inspector</source>
        <translation>アタッチメント %1 をインスペクターに表示</translation>
    </message>
</context>
<context>
    <name>mailpath::app::ComparePanel</name>
    <message>
        <source>Newly blocked</source>
        <translation>新たにブロック</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>Blocked elsewhere</source>
        <translation>別の箇所でブロック</translation>
    </message>
    <message>
        <source>New flows</source>
        <translation>新しいフロー</translation>
    </message>
    <message>
        <source>Flows gone</source>
        <translation>なくなったフロー</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配送可</translation>
    </message>
    <message>
        <source>blocked: %1 at %2 (%3)</source>
        <translation>ブロック: %2 で %1 (%3)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>%1 と比較しています。</translation>
    </message>
    <message>
        <source>Nothing to compare with: save or open a design first.</source>
        <translation>比較対象がありません: 先に設計を保存するか開いてください。</translation>
    </message>
    <message>
        <source>The design changed: press Refresh to compare again.</source>
        <translation>設計が変更されました: 「更新」を押すと再度比較します。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Flows compared: %1; none changed.</source>
        <translation>比較したフロー: %1 件。変化はありません。</translation>
    </message>
    <message>
        <source>Flows compared: %1; changed: %2%3.</source>
        <translation>比較したフロー: %1 件。変化: %2 件%3。</translation>
    </message>
    <message>
        <source> (large design: press Refresh after edits)</source>
        <translation> (大きな設計: 編集後は「更新」を押してください)</translation>
    </message>
</context>
<context>
    <name>mailpath::app::DesignController</name>
    <message>
        <source>%1 cannot move to another subnet; it stays where it was.</source>
        <translation>%1 は別のサブネットに移動できません。元の場所に残ります。</translation>
    </message>
    <message>
        <source>Not a CIDR block (%1): %2</source>
        <translation>CIDR ブロックではありません (%1): %2</translation>
    </message>
    <message>
        <source>The route table already routes %1 to %2.</source>
        <translation>ルートテーブルはすでに %1 を %2 にルーティングしています。</translation>
    </message>
    <message>
        <source>A route cannot point at %1; draw the arrow to a gateway, NAT gateway, transit gateway, peered VPC or network interface.</source>
        <translation>ルートは %1 を指せません。矢印はゲートウェイ、NAT ゲートウェイ、Transit Gateway、ピアリングした VPC、ネットワークインターフェイスのいずれかへ引いてください。</translation>
    </message>
    <message>
        <source>Route from %1 to %2 for which destination?</source>
        <translation>%1 から %2 へのルートの宛先は?</translation>
    </message>
    <message>
        <source>Added %1 → %2 to the route table of %3.</source>
        <translation>%3 のルートテーブルに %1 → %2 を追加しました。</translation>
    </message>
    <message>
        <source>%1 attaches to its VPC or Region, never inside a subnet; it stays where it was.</source>
        <translation>%1 は VPC またはリージョンにアタッチするもので、サブネットの中には置けません。元の場所に残ります。</translation>
    </message>
</context>
<context>
    <name>mailpath::app::DesignDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>the design as opened</source>
        <translation>開いた時点の設計</translation>
    </message>
    <message>
        <source>%1 as opened</source>
        <translation>開いた時点の %1</translation>
    </message>
    <message>
        <source>%1 as saved</source>
        <translation>保存した時点の %1</translation>
    </message>
</context>
<context>
    <name>mailpath::app::DiagnosticsPanel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>%1: no diagnostics.</source>
        <translation>%1: 診断結果はありません。</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s). Double-click a row with a resource id to select it.</source>
        <translation>%1: エラー %2 件、警告 %3 件、注記 %4 件。リソース ID のある行をダブルクリックすると選択します。</translation>
    </message>
    <message>
        <source>Diagnostics of the last AWS import appear here.</source>
        <translation>直近の AWS インポートの診断結果がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>mailpath::app::DiagramScene</name>
    <message>
        <source>
Fix: %1</source>
        <translation>
修正: %1</translation>
    </message>
    <message>
        <source>
Also blocked (%1): %2 at %3</source>
        <translation>
%3 でもブロック (%1): %2</translation>
    </message>
</context>
<context>
    <name>mailpath::app::EndpointDelegate</name>
    <message>
        <source>a name, an SES host or an IPv4 address (Internet and on-premises too)</source>
        <translation>名前、SES ホスト、または IPv4 アドレス (インターネットやオンプレミスも可)</translation>
    </message>
</context>
<context>
    <name>mailpath::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Automatic (A4 or A3, text at least 6 pt)</source>
        <translation>自動 (A4 または A3、文字は 6 pt 以上)</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 縦</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 縦</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横</translation>
    </message>
    <message>
        <source>Letter portrait</source>
        <translation>レター 縦</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>レター 横</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Highlight flow:</source>
        <translation>強調するフロー(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>画面と同じ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>mailpath::app::FileActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The design has unsaved changes. Save them?</source>
        <translation>設計に未保存の変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>(no templates)</source>
        <translation>(テンプレートなし)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>New design from template %1</source>
        <translation>テンプレート %1 から新しい設計</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>設計を開く</translation>
    </message>
    <message>
        <source>MailPath designs (*.mailpath.json);;JSON files (*.json);;All files (*)</source>
        <translation>MailPath の設計 (*.mailpath.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>設計を開けません</translation>
    </message>
    <message>
        <source>%1 could not be opened; nothing was changed.

%2</source>
        <translation>%1 を開けませんでした。何も変更していません。

%2</translation>
    </message>
    <message>
        <source>Open of %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>設計を保存</translation>
    </message>
    <message>
        <source>MailPath designs (*.mailpath.json)</source>
        <translation>MailPath の設計 (*.mailpath.json)</translation>
    </message>
    <message>
        <source>Import AWS snapshot folder</source>
        <translation>AWS スナップショットのフォルダーをインポート</translation>
    </message>
    <message>
        <source>Import of %1 failed</source>
        <translation>%1 のインポートに失敗しました</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>%1 could not be imported; nothing was changed.

%2</source>
        <translation>%1 をインポートできませんでした。何も変更していません。

%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n 個のファイルを読めませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the remaining files?</source>
        <translation>残りのファイルをインポートしますか?</translation>
    </message>
    <message>
        <source>Import AWS snapshot</source>
        <translation>AWS スナップショットをインポート</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed</source>
        <translation>%1 のインポートを取り消しました。何も変更していません</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message>
        <source>Imported %1 resources from %2</source>
        <translation>%2 から %1 個のリソースをインポートしました</translation>
    </message>
    <message>
        <source>Open Terraform plan/state or CloudFormation template</source>
        <translation>Terraform の plan/state または CloudFormation テンプレートを開く</translation>
    </message>
    <message>
        <source>Terraform JSON and CloudFormation (*.json *.tfstate *.yaml *.yml *.template);;All files (*)</source>
        <translation>Terraform JSON と CloudFormation (*.json *.tfstate *.yaml *.yml *.template);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <source>Recover design</source>
        <translation>設計の復元</translation>
    </message>
    <message>
        <source>MailPath did not close normally last time. Recover the unsaved changes to %1 (autosaved %2)?</source>
        <translation>前回 MailPath は正常に終了しませんでした。%1 の未保存の変更 (%2 に自動保存) を復元しますか?</translation>
    </message>
    <message>
        <source>%1

The file was kept as %2.</source>
        <translation>%1

ファイルは %2 として残しました。</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>%1 の未保存の変更を復元しました</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>mailpath::app::FlowsPanel</name>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>期待</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>期待どおり</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>フローを追加</translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation>フローを削除</translation>
    </message>
    <message>
        <source>%1 names nothing in the design (deleted?)</source>
        <translation>%1 は設計内の何も指していません (削除済み?)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, %3 as expected · simulated in %4 ms</source>
        <translation>%2 件中 %1 件が配送可、%3 件が期待どおり · シミュレーション %4 ms</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d11f2f&apos;&gt;A flow needs a %1: a name, an SES host or an IPv4 address.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d11f2f&apos;&gt;フローには%1が必要です: 名前、SES ホスト、または IPv4 アドレス。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d11f2f&apos;&gt;A port is a number from 1 to 65535.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d11f2f&apos;&gt;ポートは 1 から 65535 の数値です。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d11f2f&apos;&gt;Expect: delivered or blocked.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d11f2f&apos;&gt;期待: delivered または blocked。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Edit flow</source>
        <translation>フローを編集</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>修正: </translation>
    </message>
    <message>
        <source>Also blocked (%1): %2 at %3. Fix: %4</source>
        <translation>%3 でもブロック (%1): %2。修正: %4</translation>
    </message>
</context>
<context>
    <name>mailpath::app::HeatMapModel</name>
    <message>
        <source>(no VPC)</source>
        <translation>(VPC なし)</translation>
    </message>
    <message>
        <source>(no subnet)</source>
        <translation>(サブネットなし)</translation>
    </message>
    <message>
        <source>%1 of %2 sources delivered</source>
        <translation>送信元 %2 個中 %1 個が配送可</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配送可</translation>
    </message>
    <message>
        <source>blocked %1 at %2</source>
        <translation>%2 でブロック %1</translation>
    </message>
    <message>
        <source>Source (VPC → subnet)</source>
        <translation>送信元 (VPC → サブネット)</translation>
    </message>
</context>
<context>
    <name>mailpath::app::InspectorPanel</name>
    <message>
        <source>Tables that apply</source>
        <translation>適用されるテーブル</translation>
    </message>
    <message>
        <source>Select a resource on the canvas to see and edit its properties.</source>
        <translation>キャンバスでリソースを選ぶと、そのプロパティを表示・編集できます。</translation>
    </message>
    <message>
        <source>Copy DNS Record to Add</source>
        <translation>追加する DNS レコードをコピー</translation>
    </message>
    <message>
        <source>DNS records of the identities</source>
        <translation>ID の DNS レコード</translation>
    </message>
</context>
<context>
    <name>mailpath::app::MailPathsPanel</name>
    <message>
        <source>Sink</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配送可</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>再計算</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export mail paths</source>
        <translation>メール経路をエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>修正を適用</translation>
    </message>
    <message>
        <source>Blockers, largest first (select one to list its flows)</source>
        <translation>ブロック要因 (多い順。選ぶとそのフローを一覧表示)</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>すべてのフロー</translation>
    </message>
    <message>
        <source>Filter: source, its VPC, subnet, name or tag (key=value), sink, port, reason, component</source>
        <translation>絞り込み: 送信元、その VPC、サブネット、名前またはタグ (key=value)、宛先、ポート、理由、コンポーネント</translation>
    </message>
    <message>
        <source>Pin as expected flow</source>
        <translation>期待するフローとして固定</translation>
    </message>
    <message>
        <source>Computing mail paths…</source>
        <translation>メール経路を計算しています…</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>未計算</translation>
    </message>
    <message>
        <source>fixes evaluated in %1 ms</source>
        <translation>修正の評価 %1 ms</translation>
    </message>
    <message>
        <source>evaluating fixes…</source>
        <translation>修正を評価しています…</translation>
    </message>
    <message>
        <source>fixes not evaluated</source>
        <translation>修正は未評価</translation>
    </message>
    <message>
        <source> — updating…</source>
        <translation> — 更新中…</translation>
    </message>
    <message>
        <source> — out of date</source>
        <translation> — 古い結果</translation>
    </message>
    <message>
        <source>Fix %1 on %2</source>
        <translation>%2 の %1 を修正</translation>
    </message>
    <message>
        <source>Pin flow</source>
        <translation>フローを固定</translation>
    </message>
    <message>
        <source>The mail paths are not computed yet</source>
        <translation>メール経路はまだ計算されていません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <source>Sources by VPC and subnet × sink and port: green delivered, red blocked; click a source&apos;s cell to draw its trace</source>
        <translation>VPC とサブネット別の送信元 × 宛先とポート: 緑は配送可、赤はブロック。送信元のセルをクリックするとトレースを描画します</translation>
    </message>
    <message>
        <source>walked in %1 ms</source>
        <translation>経路探索 %1 ms</translation>
    </message>
    <message>
        <source>%1 sources walked again in %2 ms</source>
        <translation>送信元 %1 件を %2 ms で再探索</translation>
    </message>
    <message>
        <source>%1 flows: %2 delivered, %3 blocked, %4 blocker groups (%5, %6)%7</source>
        <translation>フロー %1 件: 配送可 %2 件、ブロック %3 件、ブロック要因 %4 グループ (%5、%6)%7</translation>
    </message>
</context>
<context>
    <name>mailpath::app::MainWindow</name>
    <message>
        <source>Drag components from the palette; Shift+drag from a subnet to a gateway adds a route.</source>
        <translation>パレットからコンポーネントをドラッグします。サブネットからゲートウェイへ Shift+ドラッグするとルートを追加します。</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Mail Paths</source>
        <translation>メール経路</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import AWS Snapshot…</source>
        <translation>AWS スナップショットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open &amp;Terraform Plan/State or CloudFormation Template…</source>
        <translation>Terraform の Plan/State または CloudFormation テンプレートを開く(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Draw &amp;Route Arrows</source>
        <translation>ルートの矢印を描く(&amp;R)</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Drag from a subnet to a gateway to add a 0.0.0.0/0 route (Shift+drag works without this mode)</source>
        <translation>サブネットからゲートウェイへドラッグすると 0.0.0.0/0 のルートを追加します (Shift+ドラッグならこのモードなしでも使えます)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>F&amp;ilter VPCs…</source>
        <translation>VPC を絞り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Filter VPCs</source>
        <translation>VPC を絞り込む</translation>
    </message>
    <message>
        <source>Show the VPCs whose id, name, CIDR or tag (key=value) contains:</source>
        <translation>ID、名前、CIDR、タグ (key=value) に次を含む VPC を表示:</translation>
    </message>
    <message>
        <source>Show All VPCs</source>
        <translation>すべての VPC を表示</translation>
    </message>
    <message>
        <source>&amp;Collapse All VPCs</source>
        <translation>すべての VPC を折りたたむ(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand All VPCs</source>
        <translation>すべての VPC を展開(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MailPath</source>
        <translation>MailPath について(&amp;A)</translation>
    </message>
    <message>
        <source>About MailPath</source>
        <translation>MailPath について</translation>
    </message>
    <message>
        <source>&lt;b&gt;MailPath %1&lt;/b&gt;&lt;br&gt;Simulates SMTP connections and their replies hop by hop through AWS networks.</source>
        <translation>&lt;b&gt;MailPath %1&lt;/b&gt;&lt;br&gt;AWS ネットワークを通る SMTP 接続とその応答をホップごとにシミュレーションします。</translation>
    </message>
    <message>
        <source>%1 is not on the diagram</source>
        <translation>%1 は構成図にありません</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1[*] — MailPath</source>
        <translation>%1[*] — MailPath</translation>
    </message>
    <message>
        <source>Changes Since Saved</source>
        <translation>保存後の変更</translation>
    </message>
    <message>
        <source>Compare with &amp;Saved</source>
        <translation>保存済みと比較(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
</context>
<context>
    <name>mailpath::app::MatrixJob</name>
    <message>
        <source>Walking flows</source>
        <translation>フローを探索中</translation>
    </message>
    <message>
        <source>Evaluating fixes</source>
        <translation>修正を評価中</translation>
    </message>
</context>
<context>
    <name>mailpath::app::PalettePanel</name>
    <message>
        <source>Drag onto the canvas</source>
        <translation>キャンバスにドラッグ</translation>
    </message>
</context>
<context>
    <name>mailpath::app::RecordTableEditor</name>
    <message>
        <source>listener</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>the port clients connect to</source>
        <translation>クライアントが接続するポート</translation>
    </message>
    <message>
        <source>Instance port</source>
        <translation>インスタンスのポート</translation>
    </message>
    <message>
        <source>empty: the same port</source>
        <translation>空: 同じポート</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance of this design.</source>
        <translation>「%1」はこの設計のインスタンスではありません。</translation>
    </message>
    <message>
        <source>an instance id (i-…)</source>
        <translation>インスタンス ID (i-…)</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <source>the target group&apos;s name or ARN</source>
        <translation>ターゲットグループの名前または ARN</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>instance targets: i-… or its eni-…; ip targets: an address or an eni-…</source>
        <translation>instance ターゲット: i-… またはその eni-…。ip ターゲット: アドレスまたは eni-…</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no Availability Zone of this design (or all).</source>
        <translation>「%1」はこの設計のアベイラビリティーゾーン (または all) ではありません。</translation>
    </message>
    <message>
        <source>the target&apos;s Availability Zone; all: any zone (targets outside the VPC)</source>
        <translation>ターゲットのアベイラビリティーゾーン。all: どのゾーンでも (VPC 外のターゲット)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>empty: the target group&apos;s port</source>
        <translation>空: ターゲットグループのポート</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 172.16.0.0/16.</source>
        <translation>「%1」は 172.16.0.0/16 のような IPv4 CIDR ではありません。</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>アタッチメント</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attachment of %2; type an attachment id or blackhole.</source>
        <translation>「%1」は %2 のアタッチメントではありません。アタッチメント ID か blackhole を入力してください。</translation>
    </message>
    <message>
        <source>an attachment of this transit gateway, or blackhole</source>
        <translation>この Transit Gateway のアタッチメント、または blackhole</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>propagated</source>
        <translation>伝播</translation>
    </message>
    <message>
        <source>static</source>
        <translation>静的</translation>
    </message>
    <message>
        <source>route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>選択した %1 を削除</translation>
    </message>
    <message>
        <source>No such %1.</source>
        <translation>その %1 はありません。</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2 の %1 を編集</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%2 に %1 を追加</translation>
    </message>
    <message>
        <source>This %1 is not edited here.</source>
        <translation>この %1 はここでは編集しません。</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%2 から %1 を削除</translation>
    </message>
    <message>
        <source>Rule group</source>
        <translation>ルールグループ</translation>
    </message>
    <message>
        <source>A rule group needs a name.</source>
        <translation>ルールグループには名前が必要です。</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority from 1 to 65535.</source>
        <translation>「%1」は 1 から 65535 の優先度ではありません。</translation>
    </message>
    <message>
        <source>Stateful rules</source>
        <translation>ステートフルルール</translation>
    </message>
    <message>
        <source>ACTION PROTOCOL SOURCE PORT -&gt; DESTINATION PORT, separated by &apos;;&apos;, e.g. DROP TCP $HOME_NET ANY -&gt; ANY 587</source>
        <translation>ACTION PROTOCOL SOURCE PORT -&gt; DESTINATION PORT を「;」で区切って指定。例: DROP TCP $HOME_NET ANY -&gt; ANY 587</translation>
    </message>
    <message>
        <source>Domain list (TLS SNI)</source>
        <translation>ドメインリスト (TLS SNI)</translation>
    </message>
    <message>
        <source>ALLOWLIST: or DENYLIST: then domains; a leading dot covers subdomains</source>
        <translation>ALLOWLIST: または DENYLIST: の後にドメイン。先頭がドットならサブドメインも対象</translation>
    </message>
    <message>
        <source>rule group</source>
        <translation>ルールグループ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>a domain or an e-mail address</source>
        <translation>ドメインまたは E メールアドレス</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証ステータス</translation>
    </message>
    <message>
        <source>MAIL FROM domain</source>
        <translation>MAIL FROM ドメイン</translation>
    </message>
    <message>
        <source>custom MAIL FROM (bounce) domain; empty: amazonses.com</source>
        <translation>カスタム MAIL FROM (バウンス) ドメイン。空: amazonses.com</translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation>設定セット</translation>
    </message>
    <message>
        <source>the identity&apos;s default configuration set</source>
        <translation>ID のデフォルトの設定セット</translation>
    </message>
    <message>
        <source>configuration set</source>
        <translation>設定セット</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>TLS policy</source>
        <translation>TLS ポリシー</translation>
    </message>
    <message>
        <source>Sending enabled</source>
        <translation>送信を有効化</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR.</source>
        <translation>「%1」は IPv4 CIDR ではありません。</translation>
    </message>
    <message>
        <source>the senders the filter matches</source>
        <translation>フィルターが一致する送信元</translation>
    </message>
    <message>
        <source>receipt filter</source>
        <translation>受信フィルター</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
</context>
<context>
    <name>mailpath::app::RouteDestinationDialog</name>
    <message>
        <source>Route Destination</source>
        <translation>ルートの送信先</translation>
    </message>
    <message>
        <source>e.g. 10.1.0.0/16</source>
        <translation>例: 10.1.0.0/16</translation>
    </message>
</context>
<context>
    <name>mailpath::app::RuleTableEditor</name>
    <message>
        <source>Destination</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Rule #</source>
        <translation>ルール番号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>選択したルールを削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected rule up (ACLs: swap rule numbers)</source>
        <translation>選択したルールを上へ移動 (ACL: ルール番号を入れ替え)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>選択したルールを下へ移動</translation>
    </message>
    <message>
        <source> (blackhole)</source>
        <translation> (ブラックホール)</translation>
    </message>
    <message>
        <source>No such rule.</source>
        <translation>そのルールはありません。</translation>
    </message>
    <message>
        <source>A rule number is a whole number from 1 to 32766.</source>
        <translation>ルール番号は 1 から 32766 の整数です。</translation>
    </message>
    <message>
        <source>Rule number %1 is already used in this direction.</source>
        <translation>ルール番号 %1 はこの方向ですでに使われています。</translation>
    </message>
    <message>
        <source>Protocol: tcp, udp, icmp, all, or a number from 0 to 255.</source>
        <translation>プロトコル: tcp、udp、icmp、all、または 0 から 255 の数値。</translation>
    </message>
    <message>
        <source>Ports: a port (587), a range (1024-65535) or all; ports go up to 65535.</source>
        <translation>ポート: ポート (587)、範囲 (1024-65535)、または all。ポートは 65535 までです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.0.0/16.</source>
        <translation>「%1」は 10.0.0.0/16 のような IPv4 CIDR ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a CIDR, a security group (sg-…) nor a prefix list (pl-…).</source>
        <translation>「%1」は CIDR、セキュリティグループ (sg-…)、プレフィックスリスト (pl-…) のいずれでもありません。</translation>
    </message>
    <message>
        <source>Action: allow or deny.</source>
        <translation>アクション: allow または deny。</translation>
    </message>
    <message>
        <source>Destination: a CIDR such as 0.0.0.0/0, or a prefix list id.</source>
        <translation>送信先: 0.0.0.0/0 のような CIDR、またはプレフィックスリスト ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gateway, NAT gateway, transit gateway, peering, VPN gateway or network interface of this design.</source>
        <translation>「%1」はこの設計のゲートウェイ、NAT ゲートウェイ、Transit Gateway、ピアリング、VPN ゲートウェイ、ネットワークインターフェイスのいずれでもありません。</translation>
    </message>
    <message>
        <source>Edit rule of %1</source>
        <translation>%1 のルールを編集</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Add an allow rule for a well-known mail port or port range</source>
        <translation>よく使うメールのポートまたはポート範囲を許可するルールを追加</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%2 に %1 を追加</translation>
    </message>
    <message>
        <source>Add rule to %1</source>
        <translation>%1 にルールを追加</translation>
    </message>
    <message>
        <source>Remove rule from %1</source>
        <translation>%1 からルールを削除</translation>
    </message>
    <message>
        <source>Reorder rules of %1</source>
        <translation>%1 のルールを並べ替え</translation>
    </message>
</context>
<context>
    <name>mailpath::app::StepPanel</name>
    <message>
        <source>First hop</source>
        <translation>最初のホップ</translation>
    </message>
    <message>
        <source>Previous hop</source>
        <translation>前のホップ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>次のホップ</translation>
    </message>
    <message>
        <source>Last hop</source>
        <translation>最後のホップ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Header in</source>
        <translation>入力ヘッダー</translation>
    </message>
    <message>
        <source>Header out</source>
        <translation>出力ヘッダー</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>復路</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>往路</translation>
    </message>
    <message>
        <source>Select a flow to step through its hops.</source>
        <translation>フローを選ぶとホップを順にたどれます。</translation>
    </message>
    <message>
        <source>return</source>
        <translation>復路</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>往路</translation>
    </message>
</context>
<context>
    <name>mailpath::app::TablePicker</name>
    <message>
        <source>Network ACL:</source>
        <translation>ネットワーク ACL:</translation>
    </message>
    <message>
        <source>Route table:</source>
        <translation>ルートテーブル:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Create a %1 in this VPC and associate this subnet with it</source>
        <translation>この VPC に %1 を作成し、このサブネットを関連付ける</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show this %1 on its own (rename it there)</source>
        <translation>この %1 を単独で表示 (名前の変更はそこで)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete this %1</source>
        <translation>この %1 を削除</translation>
    </message>
    <message>
        <source>Create a security group in this VPC and attach it here</source>
        <translation>この VPC にセキュリティグループを作成し、ここにアタッチする</translation>
    </message>
    <message>
        <source>Security groups:</source>
        <translation>セキュリティグループ:</translation>
    </message>
</context>
<context>
    <name>mailpath::app::TgwLinkTable</name>
    <message>
        <source>Attachment</source>
        <translation>アタッチメント</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>ルートテーブル</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <source>Propagates</source>
        <translation>伝播</translation>
    </message>
    <message>
        <source>No such link.</source>
        <translation>そのリンクはありません。</translation>
    </message>
    <message>
        <source>%1 is the transit gateway&apos;s default association route table; associate the attachment with another route table instead.</source>
        <translation>%1 は Transit Gateway のデフォルトの関連付けルートテーブルです。代わりにアタッチメントを別のルートテーブルに関連付けてください。</translation>
    </message>
</context>
<context>
    <name>mailpath::app::factory</name>
    <message>
        <source>Drop a subnet into a VPC.</source>
        <translation>サブネットは VPC の中にドロップしてください。</translation>
    </message>
    <message>
        <source>The VPC has no free /24 left.</source>
        <translation>VPC に空いている /24 がありません。</translation>
    </message>
    <message>
        <source>Drop %1 into a subnet.</source>
        <translation>%1 はサブネットの中にドロップしてください。</translation>
    </message>
    <message>
        <source>an EC2 instance</source>
        <translation>EC2 インスタンス</translation>
    </message>
    <message>
        <source>a NAT instance</source>
        <translation>NAT インスタンス</translation>
    </message>
    <message>
        <source>a Classic Load Balancer</source>
        <translation>Classic Load Balancer</translation>
    </message>
    <message>
        <source>a Lambda function</source>
        <translation>Lambda 関数</translation>
    </message>
    <message>
        <source>a Fargate task</source>
        <translation>Fargate タスク</translation>
    </message>
    <message>
        <source>a NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <source>Drop an internet gateway into a VPC.</source>
        <translation>インターネットゲートウェイは VPC の中にドロップしてください。</translation>
    </message>
    <message>
        <source>This VPC already has an internet gateway (%1).</source>
        <translation>この VPC にはすでにインターネットゲートウェイ (%1) があります。</translation>
    </message>
    <message>
        <source>a network load balancer</source>
        <translation>Network Load Balancer</translation>
    </message>
    <message>
        <source>an SES VPC endpoint</source>
        <translation>SES VPC エンドポイント</translation>
    </message>
    <message>
        <source>Drop a virtual private gateway into a VPC.</source>
        <translation>仮想プライベートゲートウェイは VPC の中にドロップしてください。</translation>
    </message>
    <message>
        <source>Drop a customer firewall into an on-premises network.</source>
        <translation>お客様のファイアウォールはオンプレミスネットワークの中にドロップしてください。</translation>
    </message>
    <message>
        <source>Drop a peering into a VPC; the design needs a second VPC.</source>
        <translation>ピアリングは VPC の中にドロップしてください。設計には 2 つ目の VPC が必要です。</translation>
    </message>
    <message>
        <source>an AWS Network Firewall (its firewall subnet)</source>
        <translation>AWS Network Firewall (そのファイアウォールサブネット)</translation>
    </message>
    <message>
        <source>Drop a Gateway Load Balancer into its appliances&apos; subnet.</source>
        <translation>Gateway Load Balancer はアプライアンスのサブネットにドロップしてください。</translation>
    </message>
    <message>
        <source>Drop a GWLB endpoint into a subnet (one endpoint per AZ).</source>
        <translation>GWLB エンドポイントはサブネットにドロップしてください (AZ ごとに 1 つ)。</translation>
    </message>
    <message>
        <source>Drop Direct Connect into a VPC.</source>
        <translation>Direct Connect は VPC の中にドロップしてください。</translation>
    </message>
</context>
<context>
    <name>mailpath::cli</name>
    <message>
        <source>component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>header in</source>
        <translation>入力ヘッダー</translation>
    </message>
    <message>
        <source>header out</source>
        <translation>出力ヘッダー</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>注記: </translation>
    </message>
    <message>
        <source>verdict: DELIVERED (the connection and its replies get through)</source>
        <translation>判定: 配送可 (接続とその応答が通ります)</translation>
    </message>
    <message>
        <source>verdict: BLOCKED in the forward direction</source>
        <translation>判定: 往路でブロック</translation>
    </message>
    <message>
        <source>verdict: BLOCKED in the return direction</source>
        <translation>判定: 復路でブロック</translation>
    </message>
    <message>
        <source>  at:     </source>
        <translation>  場所:   </translation>
    </message>
    <message>
        <source>  reason: </source>
        <translation>  理由:   </translation>
    </message>
    <message>
        <source>  detail: </source>
        <translation>  詳細:   </translation>
    </message>
    <message>
        <source>  fix:    </source>
        <translation>  修正:   </translation>
    </message>
    <message>
        <source>FORWARD</source>
        <translation>往路</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>復路</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>also blocked (walked on as if the first had passed), forward:</source>
        <translation>ほかのブロック (最初のブロックを通過したものとして探索)、往路:</translation>
    </message>
    <message>
        <source>also blocked (walked on as if the first had passed), return:</source>
        <translation>ほかのブロック (最初のブロックを通過したものとして探索)、復路:</translation>
    </message>
    <message>
        <source>*: walked as if the first block had passed</source>
        <translation>*: 最初のブロックを通過したものとして探索</translation>
    </message>
    <message>
        <source>envelope: </source>
        <translation>エンベロープ: </translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>the reply path lies outside the model and was not simulated</source>
        <translation>戻り経路はモデルの外にあるため、シミュレーションしていません</translation>
    </message>
    <message>
        <source>OP25B applied to a Fargate task: AWS documents no exemption (AWS-SEMANTICS §12.3, unconfirmed)</source>
        <translation>Fargate タスクに OP25B を適用しました: AWS の文書に例外の記載はありません (AWS-SEMANTICS §12.3、未確認)</translation>
    </message>
    <message>
        <source>port-25 restriction removed for %1</source>
        <translation>%1 のポート 25 制限は解除済み</translation>
    </message>
    <message>
        <source>port-25 restriction removed for NAT gateway %1</source>
        <translation>NAT ゲートウェイ %1 のポート 25 制限は解除済み</translation>
    </message>
    <message>
        <source>port 25 on the SES endpoint: listed in AWS&apos;s 2022 docs, absent from the current page (AWS-SEMANTICS §12.2); assumed accepted</source>
        <translation>SES エンドポイントのポート 25: 2022 年の AWS の文書には記載があり、現在のページにはありません (AWS-SEMANTICS §12.2)。受け付けるものとしています</translation>
    </message>
    <message>
        <source>%1 is taken as a NAT instance (source/destination check off, route target); set it to router in the inspector if it only forwards</source>
        <translation>%1 を NAT インスタンスとみなしました (送信元/送信先チェックがオフで、ルートのターゲット)。転送だけならインスペクターでルーターに設定してください</translation>
    </message>
    <message>
        <source>%1 is taken as a NAT instance (source/destination check off, route target, public IP); set it to router in the inspector if it only forwards</source>
        <translation>%1 を NAT インスタンスとみなしました (送信元/送信先チェックがオフで、ルートのターゲット、パブリック IP あり)。転送だけならインスペクターでルーターに設定してください</translation>
    </message>
    <message>
        <source>health check TCP %1 from %2 to %3</source>
        <translation>%2 から %3 へのヘルスチェック TCP %1</translation>
    </message>
    <message>
        <source>health check %1 from %2 to %3</source>
        <translation>%2 から %3 へのヘルスチェック %1</translation>
    </message>
    <message>
        <source> is allowed by %1</source>
        <translation> は %1 で許可されています</translation>
    </message>
    <message>
        <source>untrusted: the path passes %1, whose address block AWS cannot have; this verdict may be wrong</source>
        <translation>信頼できません: 経路は AWS にあり得ないアドレスブロックを持つ %1 を通ります。この判定は誤っている可能性があります</translation>
    </message>
    <message>
        <source>the SES identities of %1 are not in the design: the envelope was not checked</source>
        <translation>%1 の SES ID は設計にありません: エンベロープは確認していません</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 %2 is there</source>
        <translation>%1 %2 はあります</translation>
    </message>
    <message>
        <source>%1 %2 is there, policy %3</source>
        <translation>%1 %2 はあります (ポリシー %3)</translation>
    </message>
    <message>
        <source>no %1 %2 in zone %3</source>
        <translation>ゾーン %3 に %1 %2 がありません</translation>
    </message>
    <message>
        <source>no %1 at %2 in zone %3: receivers apply no policy to mail that fails SPF and DKIM</source>
        <translation>ゾーン %3 の %2 に %1 がありません: SPF と DKIM に失敗したメールに受信側はポリシーを適用しません</translation>
    </message>
    <message>
        <source>%1 %2 is %3, not %4</source>
        <translation>%1 %2 は %4 ではなく %3 です</translation>
    </message>
    <message>
        <source>: that region does not receive mail</source>
        <translation>: そのリージョンはメールを受信しません</translation>
    </message>
    <message>
        <source>%1 %2: not checked (its zone is not in the source)</source>
        <translation>%1 %2: 未確認 (そのゾーンがソースにありません)</translation>
    </message>
    <message>
        <source>add %1 %2 %3</source>
        <translation>%1 %2 %3 を追加</translation>
    </message>
    <message>
        <source>routes learned over BGP are not in a snapshot: MailPath takes %1 as the on-premises prefixes behind %2 (the design&apos;s on-premises networks linked to it, its route filter prefixes); the verdict holds if the customer router advertises them</source>
        <translation>BGP で学習したルートはスナップショットに含まれません: MailPath は %1 を %2 の先のオンプレミスプレフィックスとみなします (それにリンクされた設計上のオンプレミスネットワーク、そのルートフィルタープレフィックス)。カスタマールーターがこれらをアドバタイズしていれば判定は成り立ちます</translation>
    </message>
    <message>
        <source>no on-premises prefix of %1 covers %2: MailPath assumes it is behind %1 because %3 routes it there</source>
        <translation>%1 のどのオンプレミスプレフィックスも %2 をカバーしていません: %3 がそこへルーティングするため、MailPath は %2 が %1 の先にあるとみなします</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <source>delivered</source>
        <translation>配送可</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <source>: checking an SMTP port opens a mail session every interval and floods the mail log; check TCP 80 instead</source>
        <translation>: SMTP ポートをチェックすると間隔ごとにメールセッションが開き、メールログがあふれます。代わりに TCP 80 をチェックしてください</translation>
    </message>
    <message>
        <source> is not allowed by the target&apos;s security groups: the target will be marked unhealthy</source>
        <translation> はターゲットのセキュリティグループで許可されていません: ターゲットは異常と判定されます</translation>
    </message>
    <message>
        <source> is not allowed out by the load balancer&apos;s security groups: every instance will be OutOfService</source>
        <translation> はロードバランサーのセキュリティグループで送信が許可されていません: すべてのインスタンスが OutOfService になります</translation>
    </message>
    <message>
        <source> is not allowed by the instance&apos;s security groups: the instance will be OutOfService</source>
        <translation> はインスタンスのセキュリティグループで許可されていません: インスタンスは OutOfService になります</translation>
    </message>
    <message>
        <source>no target of %1 is healthy: the NLB fails open and sends to all of them</source>
        <translation>%1 に正常なターゲットがありません: NLB はフェイルオープンしてすべてのターゲットに送ります</translation>
    </message>
    <message>
        <source>SES in %1 is in the sandbox: verified recipients only, 200 messages per 24 hours, 1 per second</source>
        <translation>%1 の SES はサンドボックスにあります: 送信先は検証済みのアドレスだけ、24 時間あたり 200 通、1 秒あたり 1 通です</translation>
    </message>
    <message>
        <source>the sender is in %1 but SES is in %2: SMTP credentials are per region</source>
        <translation>送信元は %1 ですが SES は %2 です: SMTP 認証情報はリージョンごとです</translation>
    </message>
    <message>
        <source>mail to %1 crosses the Internet in clear text: use STARTTLS or SMTPS</source>
        <translation>%1 へのメールは平文でインターネットを通ります: STARTTLS か SMTPS を使ってください</translation>
    </message>
    <message>
        <source>%1: add %2 %3 %4</source>
        <translation>%1: %2 %3 %4 を追加してください</translation>
    </message>
    <message>
        <source>%1 of %2 tunnels of %3 are DOWN in the snapshot (%4); the flow uses the other, with no redundancy left</source>
        <translation>スナップショットでは %3 のトンネル %2 本のうち %1 本が DOWN です (%4)。フローはもう一方を使いますが、冗長性はありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>no security group</source>
        <translation>セキュリティグループなし</translation>
    </message>
    <message>
        <source>no AZ</source>
        <translation>どの AZ にも</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a security group of %1</source>
        <translation>%1 のセキュリティグループ</translation>
    </message>
    <message>
        <source>ports %1 allowed by rule %2</source>
        <translation>ポート %1 はルール %2 で許可</translation>
    </message>
    <message>
        <source>ports %1 denied by rule %2</source>
        <translation>ポート %1 はルール %2 で拒否</translation>
    </message>
    <message>
        <source>no identity covers it</source>
        <translation>該当する ID がありません</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 は %2</translation>
    </message>
    <message>
        <source>firewall endpoint %1</source>
        <translation>ファイアウォールエンドポイント %1</translation>
    </message>
    <message>
        <source>appliance %1</source>
        <translation>アプライアンス %1</translation>
    </message>
    <message>
        <source>SES verification TXT</source>
        <translation>SES 検証 TXT</translation>
    </message>
    <message>
        <source>DKIM CNAME</source>
        <translation>DKIM CNAME</translation>
    </message>
    <message>
        <source>SPF on the MAIL FROM domain</source>
        <translation>MAIL FROM ドメインの SPF</translation>
    </message>
    <message>
        <source>MAIL FROM MX</source>
        <translation>MAIL FROM MX</translation>
    </message>
    <message>
        <source>DMARC TXT</source>
        <translation>DMARC TXT</translation>
    </message>
    <message>
        <source>MX (receiving)</source>
        <translation>MX (受信)</translation>
    </message>
    <message>
        <source>none (no p= tag)</source>
        <translation>なし (p= タグなし)</translation>
    </message>
</context>
</TS>
