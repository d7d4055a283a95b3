/*
 * Remote access (FlexVPN server): aaa authentication login / aaa authorization network method
 * lists, ip local pool, crypto ikev2 authorization policy (config-ikev2-profile-author-policy),
 * and the IKEv2 profile's aaa / virtual-template statements (referenced from CryptoIkev2.g4).
 */
parser grammar RemoteAccess;

remote_access_config
    : aaa_authentication_login
    | aaa_authorization_network
    | ip_local_pool
    | ikev2_authorization_policy_enter
    ;

aaa_authentication_login
    : 'aaa' 'authentication' 'login' aaa_list_name aaa_login_method+
    | neg='no' 'aaa' 'authentication' 'login' aaa_list_name aaa_login_method*
    ;
aaa_login_method : 'local' | 'none' ;
aaa_authorization_network
    : 'aaa' 'authorization' 'network' aaa_list_name aaa_network_method
    | neg='no' 'aaa' 'authorization' 'network' aaa_list_name aaa_network_method?
    ;
aaa_network_method : 'local' | 'none' ;
aaa_list_name : WORD ;

ip_local_pool
    : 'ip' 'local' 'pool' local_pool_name local_pool_low local_pool_high?
    | neg='no' 'ip' 'local' 'pool' local_pool_name ( local_pool_low local_pool_high? )?
    ;
local_pool_name : WORD ;
local_pool_low : IPV4 ;
local_pool_high : IPV4 ;

ikev2_authorization_policy_enter : neg='no'? 'crypto' 'ikev2' 'authorization' 'policy' authz_policy_name ;
authz_policy_name : WORD ;

// ---- (config-ikev2-profile-author-policy) ------------------------------------------------------

authz_policy_stmt
    : authz_pool
    | authz_dns
    | authz_wins
    | authz_netmask
    | authz_route_set
    | authz_def_domain
    ;
authz_pool : 'pool' authz_pool_name | neg='no' 'pool' authz_pool_name? ;
authz_pool_name : WORD ;
authz_dns : 'dns' authz_dns_primary authz_dns_secondary? | neg='no' 'dns' ( authz_dns_primary authz_dns_secondary? )? ;
authz_dns_primary : IPV4 ;
authz_dns_secondary : IPV4 ;
authz_wins : 'wins' authz_wins_primary authz_wins_secondary? | neg='no' 'wins' ( authz_wins_primary authz_wins_secondary? )? ;
authz_wins_primary : IPV4 ;
authz_wins_secondary : IPV4 ;
authz_netmask : 'netmask' authz_netmask_value | neg='no' 'netmask' authz_netmask_value? ;
authz_netmask_value : IPV4 ;
authz_route_set
    : 'route' 'set' ( 'interface' | 'access-list' authz_route_acl )
    | neg='no' 'route' 'set' ( 'interface' | 'access-list' authz_route_acl? )?
    ;
authz_route_acl : WORD ;
authz_def_domain : 'def-domain' authz_domain_name | neg='no' 'def-domain' authz_domain_name? ;
authz_domain_name : WORD ;

// ---- in (config-ikev2-profile) -----------------------------------------------------------------

profile_remote_access
    : profile_aaa_authentication_eap
    | profile_aaa_authorization_group_eap
    | profile_aaa_authorization_user_eap
    | profile_virtual_template
    ;
profile_aaa_authentication_eap
    : 'aaa' 'authentication' 'eap' profile_eap_list
    | neg='no' 'aaa' 'authentication' 'eap' profile_eap_list?
    ;
profile_eap_list : WORD ;
profile_aaa_authorization_group_eap
    : 'aaa' 'authorization' 'group' 'eap' 'list' profile_authz_list profile_authz_policy?
    | neg='no' 'aaa' 'authorization' 'group' 'eap' ( 'list' profile_authz_list? profile_authz_policy? )?
    ;
profile_authz_list : WORD ;
profile_authz_policy : WORD ;
profile_aaa_authorization_user_eap : neg='no'? 'aaa' 'authorization' 'user' 'eap' 'cached' ;
profile_virtual_template
    : 'virtual-template' profile_virtual_template_number
    | neg='no' 'virtual-template' profile_virtual_template_number?
    ;
profile_virtual_template_number : DEC ;
