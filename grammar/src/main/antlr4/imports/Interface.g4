/*
 * interface GigabitEthernet/Loopback/Tunnel and the (config-if) sub-mode: description,
 * ip address, shutdown, negotiation, crypto map, ip nat inside/outside, ip access-group,
 * tunnel source/destination/mode/protection/key/checksum, keepalive.
 */
parser grammar Interface;

interface_config
    : interface_enter
    | interface_remove
    ;
interface_enter : 'interface' interface_name if_type_tunnel? ;
if_type_tunnel : 'type' 'tunnel' ;
interface_remove : 'no' 'interface' interface_name ;

/* Shared by every grammar that names an interface. */
interface_name
    : 'GigabitEthernet' if_gigabit_number
    | 'Loopback' if_loopback_number
    | 'Tunnel' if_tunnel_number
    | 'Virtual-Template' if_virtual_template_number
    ;
if_gigabit_number : IFNUM ;
if_loopback_number : IFNUM ;
if_tunnel_number : IFNUM ;
if_virtual_template_number : IFNUM ;

interface_stmt
    : if_description
    | if_ip_address
    | if_ip_unnumbered
    | if_shutdown
    | if_negotiation
    | if_crypto_map
    | if_ip_nat
    | if_ip_access_group
    | if_ip_mtu
    | if_ip_tcp_adjust_mss
    | if_tunnel_source
    | if_tunnel_destination
    | if_tunnel_mode
    | if_tunnel_protection
    | if_tunnel_key
    | if_tunnel_checksum
    | if_keepalive
    | if_ip_ospf
    ;

if_description
    : 'description' if_description_text
    | neg='no' 'description' if_description_text?
    ;
if_description_text : LINE ;

if_ip_address
    : 'ip' 'address' if_address if_mask
    | neg='no' 'ip' 'address' ( if_address if_mask )?
    ;
if_address : IPV4 ;
if_mask : IPV4 ;

if_ip_unnumbered
    : 'ip' 'unnumbered' interface_name
    | neg='no' 'ip' 'unnumbered' interface_name?
    ;

if_shutdown : neg='no'? 'shutdown' ;

if_negotiation : neg='no'? 'negotiation' 'auto' ;

if_crypto_map
    : 'crypto' 'map' if_crypto_map_name
    | neg='no' 'crypto' 'map' if_crypto_map_name?
    ;
if_crypto_map_name : WORD ;

if_ip_nat : neg='no'? 'ip' 'nat' if_nat_side ;
if_nat_side : 'inside' | 'outside' ;

if_ip_access_group : neg='no'? 'ip' 'access-group' if_acl_name if_acl_direction ;
if_acl_name : WORD ;
if_acl_direction : 'in' | 'out' ;

if_ip_mtu
    : 'ip' 'mtu' if_ip_mtu_bytes
    | neg='no' 'ip' 'mtu' if_ip_mtu_bytes?
    ;
if_ip_mtu_bytes : DEC ;

if_ip_tcp_adjust_mss
    : 'ip' 'tcp' 'adjust-mss' if_mss_bytes
    | neg='no' 'ip' 'tcp' 'adjust-mss' if_mss_bytes?
    ;
if_mss_bytes : DEC ;

if_tunnel_source
    : 'tunnel' 'source' ( interface_name | if_tunnel_source_address )
    | neg='no' 'tunnel' 'source' ( interface_name | if_tunnel_source_address )?
    ;
if_tunnel_source_address : IPV4 ;

if_tunnel_destination
    : 'tunnel' 'destination' if_tunnel_destination_address
    | neg='no' 'tunnel' 'destination' if_tunnel_destination_address?
    ;
if_tunnel_destination_address : IPV4 ;

if_tunnel_mode
    : 'tunnel' 'mode' if_tunnel_mode_kind
    | neg='no' 'tunnel' 'mode' if_tunnel_mode_kind?
    ;
if_tunnel_mode_kind : 'ipsec' 'ipv4' | 'gre' 'ip' ;

if_tunnel_key
    : 'tunnel' 'key' if_tunnel_key_value
    | neg='no' 'tunnel' 'key' if_tunnel_key_value?
    ;
if_tunnel_key_value : DEC ;

if_tunnel_checksum : neg='no'? 'tunnel' 'checksum' ;

/* keepalive [period [retries]]: on a GRE tunnel, keepalives to the far end (none by default). */
if_keepalive
    : 'keepalive' ( if_keepalive_period if_keepalive_retries? )?
    | neg='no' 'keepalive' ( if_keepalive_period if_keepalive_retries? )?
    ;
if_keepalive_period : DEC ;
if_keepalive_retries : DEC ;

if_tunnel_protection
    : 'tunnel' 'protection' 'ipsec' 'profile' if_tunnel_ipsec_profile shared='shared'?
    | neg='no' 'tunnel' 'protection' ( 'ipsec' 'profile' if_tunnel_ipsec_profile? 'shared'? )?
    ;
if_tunnel_ipsec_profile : WORD ;
