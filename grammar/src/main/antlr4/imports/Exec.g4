/*
 * User and privileged EXEC commands (entry rule exec_line for both EXEC modes). Which
 * commands user EXEC hides is decided by the session (iosim.shell.cli.PrivilegeFilter).
 */
parser grammar Exec;

exec_line : exec_command EOF ;

exec_command
    : enable_cmd
    | disable_cmd
    | configure_cmd
    | exit_exec
    | logout_cmd
    | show_cmd
    | write_cmd
    | copy_cmd
    | erase_cmd
    | reload_cmd
    | terminal_cmd
    | debug_cmd
    | undebug_cmd
    | no_exec_cmd
    | clear_cmd
    | ping_cmd
    | traceroute_cmd
    | file_cmd
    | archive_exec
    | monitor_cmd
    | pki_exec
    ;

enable_cmd : 'enable' ;
disable_cmd : 'disable' ;
configure_cmd : 'configure' ( 'terminal' | configure_replace | configure_confirm | configure_revert )? ;
exit_exec : 'exit' ;
logout_cmd : 'logout' ;

// ---- show ------------------------------------------------------------------------------

show_cmd : 'show' show_target output_filter? ;

show_target
    : show_running
    | show_startup
    | show_history
    | show_clock
    | show_version
    | show_inventory
    | show_privilege
    | show_ip
    | show_interfaces
    | show_access_lists
    | show_users
    | show_crypto
    | show_debugging
    | show_logging
    | show_flash
    | show_arp
    | show_hosts
    | show_snmp
    | show_monitor
    | show_archive
    | show_ipv6
    | show_lldp
    ;

show_running : 'running-config' ( 'interface' exec_interface )? ;
show_startup : 'startup-config' ;
show_history : 'history' ;
show_clock : 'clock' ;
show_version : 'version' ;
show_inventory : 'inventory' ;
show_privilege : 'privilege' ;
show_ip : 'ip' ( show_ip_interface | show_ip_route | show_ip_arp | show_ip_nat | show_ip_ospf | show_ip_protocols
                | show_ip_ssh ) ;
show_ip_ssh : 'ssh' ;
show_ip_route : 'route' show_ip_route_filter? ;
show_ip_arp : 'arp' ;
show_arp : 'arp' ;
show_hosts : 'hosts' ;
show_snmp : 'snmp' 'chassis'? ;
show_ip_nat : 'nat' 'translations' ;
show_ip_interface : 'interface' ( 'brief' | exec_interface )? ;
show_interfaces : 'interfaces' exec_interface? 'summary'? ;
show_ipv6 : 'ipv6' 'interface' 'brief'? ;
show_lldp : 'lldp' ( 'neighbors' 'detail'? )? ;
show_access_lists : 'access-lists' show_acl_name? ;
show_acl_name : WORD ;
show_users : 'users' ;
show_debugging : 'debugging' ;
show_logging : 'logging' ;

show_crypto
    : 'crypto' ( show_crypto_ikev2
               | show_crypto_isakmp
               | show_crypto_ipsec
               | show_crypto_session
               | show_crypto_map
               | show_crypto_engine
               | show_crypto_key
               | show_crypto_pki )
    ;

show_crypto_ikev2
    : 'ikev2' ( show_ikev2_sa
              | show_ikev2_session
              | show_ikev2_proposal
              | show_ikev2_policy
              | show_ikev2_profile
              | show_ikev2_stats )
    ;
show_ikev2_sa : 'sa' show_ikev2_sa_filter* ;
show_ikev2_sa_filter : 'detailed' | show_ikev2_sa_remote | show_ikev2_sa_local ;
show_ikev2_sa_remote : 'remote' show_remote_addr ;
show_ikev2_sa_local : 'local' show_local_addr ;
show_remote_addr : IPV4 ;
show_local_addr : IPV4 ;
show_ikev2_session : 'session' 'detailed'? ;
show_ikev2_proposal : 'proposal' show_proposal_name? ;
show_proposal_name : WORD ;
show_ikev2_policy : 'policy' show_policy_name? ;
show_policy_name : WORD ;
show_ikev2_profile : 'profile' show_profile_name? ;
show_profile_name : WORD ;
show_ikev2_stats : 'stats' 'exchange'? ;

show_crypto_isakmp
    : 'isakmp' ( show_isakmp_sa | show_isakmp_policy | show_isakmp_default | show_isakmp_key )
    ;
show_isakmp_sa : 'sa' 'detail'? ;
show_isakmp_policy : 'policy' ;
show_isakmp_default : 'default' 'policy' ;
show_isakmp_key : 'key' ;

show_crypto_ipsec
    : 'ipsec' ( show_ipsec_sa | show_ipsec_transform_set | show_ipsec_profile )
    ;
show_ipsec_sa : 'sa' ( 'detail' | show_ipsec_sa_peer | show_ipsec_sa_map | show_ipsec_sa_interface )? ;
show_ipsec_sa_peer : 'peer' show_sa_peer_addr 'detail'? ;
show_sa_peer_addr : IPV4 ;
show_ipsec_sa_map : 'map' show_map_name ;
show_ipsec_sa_interface : 'interface' exec_interface ;
show_ipsec_transform_set : 'transform-set' show_transform_set_name? ;
show_transform_set_name : WORD ;
show_ipsec_profile : 'profile' show_ipsec_profile_name? ;
show_ipsec_profile_name : WORD ;

show_crypto_session : 'session' ( 'detail' | show_session_remote )? ;
show_session_remote : 'remote' show_session_peer_addr 'detail'? ;
show_session_peer_addr : IPV4 ;

show_crypto_map : 'map' ( show_crypto_map_tag | show_crypto_map_interface )? ;
show_crypto_map_tag : 'tag' show_map_name ;
show_crypto_map_interface : 'interface' exec_interface ;
show_map_name : WORD ;

show_crypto_engine : 'engine' 'connections' 'active' ;
show_crypto_key : 'key' 'mypubkey' ( 'rsa' | 'ec' ) ;
show_crypto_pki : 'pki' ( 'trustpoints' | 'certificates' ) ;

output_filter : '|' filter_op filter_regex ;
filter_op : 'include' | 'exclude' | 'begin' | 'section' | 'count' ;
filter_regex : LINE ;

// ---- configuration files -----------------------------------------------------------------

write_cmd : 'write' ( 'memory' | 'terminal' | 'erase' )? ;
// copy_cmd: FileSystem.g4
erase_cmd : 'erase' ( 'startup-config' | 'nvram:' ) ;
reload_cmd : 'reload' ;

// ---- terminal, debug, clear ---------------------------------------------------------------

terminal_cmd : 'terminal' ( terminal_length | terminal_width | 'monitor' | terminal_no ) ;
terminal_length : 'length' terminal_lines ;
terminal_lines : DEC ;
terminal_width : 'width' terminal_columns ;
terminal_columns : DEC ;
terminal_no : 'no' 'monitor' ;

debug_cmd : 'debug' debug_target ;
undebug_cmd : 'undebug' debug_target ;
no_exec_cmd : 'no' 'debug' debug_target ;
debug_target : 'all' | debug_crypto | debug_ip_ospf ;
debug_crypto : 'crypto' ( debug_ikev2 | debug_isakmp | 'ipsec' | debug_condition ) ;
debug_isakmp : 'isakmp' ;
debug_ikev2 : 'ikev2' ( 'client' | 'cluster' | 'error' | 'internal' | debug_ikev2_packet )? ;
debug_ikev2_packet : 'packet' 'hexdump'? ;
debug_condition : 'condition' 'peer' 'ipv4' debug_peer_addr ;
debug_peer_addr : IPV4 ;

clear_cmd : 'clear' ( clear_crypto | clear_counters | 'logging' | clear_line | clear_ip_ospf ) ;
clear_line : 'line' ( 'vty' clear_vty_number | clear_line_number ) ;
clear_vty_number : DEC ;
clear_line_number : DEC ;
clear_crypto : 'crypto' ( clear_crypto_session | clear_crypto_sa | clear_crypto_ikev2 | clear_crypto_isakmp ) ;
clear_crypto_isakmp : 'isakmp' clear_isakmp_conn_id? ;
clear_isakmp_conn_id : DEC ;
clear_crypto_session : 'session' ( clear_session_remote | clear_session_local )* ;
clear_session_remote : 'remote' clear_remote_addr ;
clear_session_local : 'local' clear_local_addr ;
clear_remote_addr : IPV4 ;
clear_local_addr : IPV4 ;
clear_crypto_sa : 'sa' ( clear_sa_peer | clear_sa_map | 'counters' )? ;
clear_sa_peer : 'peer' clear_peer_addr ;
clear_peer_addr : IPV4 ;
clear_sa_map : 'map' clear_map_name ;
clear_map_name : WORD ;
clear_crypto_ikev2 : 'ikev2' ( clear_ikev2_sa | 'stats' ) ;
clear_ikev2_sa : 'sa' ( clear_session_remote | clear_session_local )* ;
clear_counters : 'counters' exec_interface? ;

// ---- ping, traceroute ---------------------------------------------------------------------

ping_cmd : 'ping' ( ping_dest ping_option* )? ;
ping_dest : WORD ;
ping_option : ping_repeat | ping_size | ping_source | ping_timeout | 'df-bit' ;
ping_repeat : 'repeat' ping_count ;
ping_count : DEC ;
ping_size : 'size' ping_bytes ;
ping_bytes : DEC ;
ping_source : 'source' ( exec_interface | ping_source_addr ) ;
ping_source_addr : IPV4 ;
ping_timeout : 'timeout' ping_seconds ;
ping_seconds : DEC ;

traceroute_cmd : 'traceroute' traceroute_dest ping_source? ;
traceroute_dest : WORD ;

// ---- interface names in EXEC commands -----------------------------------------------------

exec_interface : exec_if_type exec_if_num ;
exec_if_type : 'GigabitEthernet' | 'Loopback' | 'Tunnel' | 'Virtual-Template' ;
exec_if_num : IFNUM ;
