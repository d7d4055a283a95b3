package iosim.dataplane.acl;

/** What a matching entry does. */
public enum AclAction { PERMIT, DENY }
