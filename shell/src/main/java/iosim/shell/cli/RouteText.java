package iosim.shell.cli;

/** The fixed parts of {@code show ip route} (IOS-XE 17 legend, frozen). */
public final class RouteText {
    private RouteText() {}

    /** The codes legend that opens {@code show ip route}. */
    public static final String CODES = String.join("\n",
            "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP",
            "       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area ",
            "       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2",
            "       E1 - OSPF external type 1, E2 - OSPF external type 2, m - OMP",
            "       n - NAT, Ni - NAT inside, No - NAT outside, Nd - NAT DIA",
            "       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2",
            "       ia - IS-IS inter area, * - candidate default, U - per-user static route",
            "       H - NHRP, G - NHRP registered, g - NHRP registration summary",
            "       o - ODR, P - periodic downloaded static route, l - LISP",
            "       a - application route",
            "       + - replicated route, % - next hop override, p - overrides from PfR",
            "       & - replicated local route overrides by connected",
            "");
}
