/*
 * ip route, access lists (named extended/standard with their sub-modes, numbered
 * access-list lines) and ip nat inside source.
 */
parser grammar Ip;

ip_config
    : ip_route
    | ip_access_list_enter
    | ip_access_list_remove
    | numbered_access_list
    | ip_nat_source
    ;

// ---- static routes -------------------------------------------------------------------------

ip_route
    : 'ip' 'route' route_prefix route_mask route_target route_distance? route_name_option?
    | neg='no' 'ip' 'route' route_prefix route_mask ( route_target route_distance? route_name_option? )?
    ;
route_prefix : IPV4 ;
route_mask : IPV4 ;
route_target : interface_name route_next_hop? | route_next_hop ;
route_next_hop : IPV4 ;
route_distance : DEC ;
route_name_option : 'name' route_name ;
route_name : WORD ;

// ---- access lists ----------------------------------------------------------------------------

ip_access_list_enter : 'ip' 'access-list' acl_kind acl_name ;
ip_access_list_remove : 'no' 'ip' 'access-list' acl_kind acl_name ;
acl_kind : 'extended' | 'standard' ;
acl_name : WORD ;

ext_nacl_stmt
    : acl_sequence? ext_acl_rule
    | acl_sequence? acl_remark
    | neg='no' ( acl_sequence | ext_acl_rule | acl_remark )
    ;

std_nacl_stmt
    : acl_sequence? std_acl_rule
    | acl_sequence? acl_remark
    | neg='no' ( acl_sequence | std_acl_rule | acl_remark )
    ;

acl_sequence : DEC ;
acl_remark : 'remark' acl_remark_text ;
acl_remark_text : LINE ;
acl_action : 'permit' | 'deny' ;

ext_acl_rule
    : acl_action ( acl_ip_protocol acl_source acl_destination
                 | acl_port_protocol acl_source acl_source_port? acl_destination acl_destination_port? acl_established?
                 | acl_icmp acl_source acl_destination acl_icmp_type?
                 ) acl_log?
    ;
acl_ip_protocol : 'ip' | 'esp' | 'ahp' | 'gre' | acl_protocol_number ;
acl_protocol_number : DEC ;
acl_port_protocol : 'tcp' | 'udp' ;
acl_icmp : 'icmp' ;
acl_established : 'established' ;
acl_log : 'log' ;

acl_source : 'any' | 'host' acl_source_host | acl_source_address acl_source_wildcard ;
acl_source_host : IPV4 ;
acl_source_address : IPV4 ;
acl_source_wildcard : IPV4 ;

acl_destination : 'any' | 'host' acl_destination_host | acl_destination_address acl_destination_wildcard ;
acl_destination_host : IPV4 ;
acl_destination_address : IPV4 ;
acl_destination_wildcard : IPV4 ;

acl_source_port : acl_port_match ;
acl_destination_port : acl_port_match ;
acl_port_match
    : acl_port_operator acl_port
    | 'range' acl_port acl_port
    ;
acl_port_operator : 'eq' | 'lt' | 'gt' | 'neq' ;
acl_port : acl_port_number | acl_port_name ;
acl_port_number : DEC ;
acl_port_name
    : 'bgp' | 'bootpc' | 'bootps' | 'domain' | 'ftp' | 'ftp-data' | 'isakmp' | 'non500-isakmp'
    | 'ntp' | 'pop3' | 'smtp' | 'snmp' | 'syslog' | 'telnet' | 'tftp' | 'www'
    ;
acl_icmp_type : acl_icmp_type_number | acl_icmp_type_name ;
acl_icmp_type_number : DEC ;
acl_icmp_type_name : 'echo' | 'echo-reply' | 'unreachable' | 'time-exceeded' ;

std_acl_rule : acl_action std_acl_source acl_log? ;
std_acl_source
    : 'any'
    | 'host' std_acl_host
    | std_acl_address std_acl_wildcard?
    ;
std_acl_host : IPV4 ;
std_acl_address : IPV4 ;
std_acl_wildcard : IPV4 ;

numbered_access_list
    : 'access-list' acl_number ( ext_acl_rule | std_acl_rule | acl_remark )
    | neg='no' 'access-list' acl_number
    ;
acl_number : DEC ;

// ---- NAT --------------------------------------------------------------------------------------

ip_nat_source
    : neg='no'? 'ip' 'nat' 'inside' 'source' 'list' nat_acl_name 'interface' interface_name overload='overload'?
    ;
nat_acl_name : WORD ;
