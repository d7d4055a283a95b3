/*
 * OSPFv2: router ospf N and its (config-router) statements, the interface's ip ospf commands,
 * and the EXEC side: show ip ospf ..., show ip protocols, show ip route filters,
 * clear ip ospf process, debug ip ospf.
 */
parser grammar Ospf;

// ---- global config ------------------------------------------------------------------------

router_ospf_config : router_ospf_enter | router_ospf_remove ;
router_ospf_enter : 'router' 'ospf' ospf_process_id ;
router_ospf_remove : 'no' 'router' 'ospf' ospf_process_id ;
ospf_process_id : DEC ;

// ---- (config-router) ------------------------------------------------------------------------

router_ospf_stmt
    : ospf_router_id
    | ospf_network
    | ospf_passive
    | ospf_log_adjacency
    | ospf_default_information
    | ospf_redistribute
    | ospf_area_stub
    | ospf_auto_cost
    | ospf_timers_spf
    ;

ospf_router_id
    : 'router-id' ospf_router_id_value
    | neg='no' 'router-id' ospf_router_id_value?
    ;
ospf_router_id_value : IPV4 ;

ospf_network : neg='no'? 'network' ospf_network_address ospf_network_wildcard 'area' ospf_area ;
ospf_network_address : IPV4 ;
ospf_network_wildcard : IPV4 ;
ospf_area : ospf_area_number | ospf_area_address ;
ospf_area_number : DEC ;
ospf_area_address : IPV4 ;

ospf_passive : neg='no'? 'passive-interface' ( 'default' | interface_name ) ;

ospf_log_adjacency : neg='no'? 'log-adjacency-changes' 'detail'? ;

ospf_default_information
    : neg='no'? 'default-information' 'originate' ospf_default_option* ;
ospf_default_option : 'always' | 'metric' ospf_metric | 'metric-type' ospf_metric_type ;
ospf_metric : DEC ;
ospf_metric_type : DEC ;

ospf_redistribute : neg='no'? 'redistribute' ospf_redistribute_source ospf_redistribute_option* ;
ospf_redistribute_source : 'connected' | 'static' ;
ospf_redistribute_option : 'subnets' | 'metric' ospf_metric | 'metric-type' ospf_metric_type ;

ospf_area_stub : neg='no'? 'area' ospf_area 'stub' 'no-summary'? ;

ospf_auto_cost
    : 'auto-cost' 'reference-bandwidth' ospf_reference_bandwidth
    | neg='no' 'auto-cost' ( 'reference-bandwidth' ospf_reference_bandwidth? )?
    ;
ospf_reference_bandwidth : DEC ;

ospf_timers_spf
    : 'timers' 'throttle' 'spf' ospf_spf_start ospf_spf_hold ospf_spf_max
    | neg='no' 'timers' 'throttle' 'spf' ( ospf_spf_start ospf_spf_hold ospf_spf_max )?
    ;
ospf_spf_start : DEC ;
ospf_spf_hold : DEC ;
ospf_spf_max : DEC ;

// ---- interface ---------------------------------------------------------------------------------

if_ip_ospf
    : 'ip' 'ospf' ospf_if_setting
    | neg='no' 'ip' 'ospf' ospf_if_unset
    ;
ospf_if_setting
    : ospf_if_process_id 'area' ospf_area
    | 'cost' ospf_if_cost
    | 'hello-interval' ospf_if_hello
    | 'dead-interval' ospf_if_dead
    | 'priority' ospf_if_priority
    | 'network' ospf_if_network_type
    | 'authentication' ospf_if_auth_kind?
    | 'message-digest-key' ospf_if_key_id 'md5' ospf_if_md5_key
    | 'authentication-key' ospf_if_simple_key
    | 'mtu-ignore'
    ;
ospf_if_unset
    : ospf_if_process_id ( 'area' ospf_area )?
    | 'cost' ospf_if_cost?
    | 'hello-interval' ospf_if_hello?
    | 'dead-interval' ospf_if_dead?
    | 'priority' ospf_if_priority?
    | 'network' ospf_if_network_type?
    | 'authentication' ospf_if_auth_kind?
    | 'message-digest-key' ospf_if_key_id ( 'md5' ospf_if_md5_key? )?
    | 'authentication-key' ospf_if_simple_key?
    | 'mtu-ignore'
    ;
ospf_if_process_id : DEC ;
ospf_if_cost : DEC ;
ospf_if_hello : DEC ;
ospf_if_dead : DEC ;
ospf_if_priority : DEC ;
ospf_if_network_type : 'broadcast' | 'point-to-point' | 'point-to-multipoint' ;
ospf_if_auth_kind : 'message-digest' | 'null' ;
ospf_if_key_id : DEC ;
ospf_if_md5_key : WORD ;
ospf_if_simple_key : WORD ;

// ---- EXEC ------------------------------------------------------------------------------------

show_ip_ospf : 'ospf' ( show_ospf_neighbor | show_ospf_interface | show_ospf_database )? ;
show_ospf_neighbor : 'neighbor' 'detail'? ;
show_ospf_interface : 'interface' ( 'brief' | exec_interface )? ;
show_ospf_database : 'database' show_ospf_lsa_type? ;
show_ospf_lsa_type : 'router' | 'network' | 'summary' | 'asbr-summary' | 'external' ;

show_ip_protocols : 'protocols' ;

show_ip_route_filter : show_route_address | 'ospf' | 'static' | 'connected' ;
show_route_address : IPV4 ;

clear_ip_ospf : 'ip' 'ospf' 'process' ;

debug_ip_ospf : 'ip' 'ospf' ( 'adj' | 'hello' | 'events' ) ;
