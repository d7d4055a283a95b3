package iosim.config.render;

import iosim.config.RunningConfig;
import iosim.config.model.InterfaceConfig;

/**
 * {@code show running-config} body: everything after the {@code Building configuration...} and
 * {@code Current configuration : N bytes} lines, in IOS section order, ending with {@code end}
 * and a newline. The same text is what {@code write memory} saves; replaying it line by line
 * rebuilds an equal {@link RunningConfig}.
 */
public final class RunningConfigRenderer {
    /** The IOS release shown on the {@code version} line. */
    public static final String VERSION = SystemRenderer.VERSION;

    public String render(RunningConfig config) {
        return render(config, java.util.List.of());
    }

    /**
     * The same, with IOS's comment lines after the first {@code !}, e.g.
     * {@code "Last configuration change at 09:41:07 UTC Tue Mar 3 2026"} and
     * {@code "NVRAM config last updated at ..."}: each is written as {@code ! text}, then {@code !}.
     * Comment lines are ignored when the text is loaded again.
     */
    public String render(RunningConfig config, java.util.List<String> headerComments) {
        ConfigText out = new ConfigText();
        SystemRenderer.head(config, headerComments, out);
        out.bang();
        CryptoIkev2Renderer.render(config, out);
        CryptoIsakmpRenderer.render(config, out);
        CryptoIpsecRenderer.render(config, out);
        out.bang();
        InterfaceRenderer.render(config, out);
        OspfRenderer.render(config, out);
        IpRenderer.render(config, out);
        out.bang();
        LineRenderer.render(config, out);
        out.line("end");
        return out.toString();
    }

    /** One interface block as {@code show running-config interface X} shows it (without header). */
    public String renderInterface(InterfaceConfig iface) {
        ConfigText out = new ConfigText();
        InterfaceRenderer.render(iface, out);
        out.line("end");
        return out.toString();
    }
}
