package iosim.dataplane.acl;

import java.util.List;

/** A named or numbered access list: ordered entries, first match wins, implicit deny at the end. */
public record AccessList(String name, boolean standard, List<AclEntry> entries) {
    public AccessList {
        entries = List.copyOf(entries);
    }

    public CompiledAcl compile() {
        return CompiledAcl.compile(this);
    }
}
