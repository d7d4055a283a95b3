/*
 * crypto ipsec transform-set / profile / security-association, and crypto map entries
 * (crypto map NAME SEQ ipsec-isakmp and its (config-crypto-map) sub-mode).
 */
parser grammar CryptoIpsec;

ipsec_config
    : transform_set_enter
    | transform_set_remove
    | ipsec_profile_enter
    | ipsec_sa_replay
    | ipsec_sa_lifetime
    | ipsec_df_bit
    | ipsec_fragmentation
    ;

// ---- transform sets ----------------------------------------------------------------------------

transform_set_enter : 'crypto' 'ipsec' 'transform-set' transform_set_name transform_list ;
transform_set_remove : 'no' 'crypto' 'ipsec' 'transform-set' transform_set_name transform_list? ;
transform_set_name : WORD ;

transform_list
    : ah_transform ( esp_cipher_transform esp_auth_transform? | esp_aead_transform | esp_auth_transform )?
    | esp_cipher_transform esp_auth_transform?
    | esp_aead_transform
    | esp_auth_transform esp_cipher_transform?
    ;
ah_transform : 'ah-md5-hmac' | 'ah-sha-hmac' | 'ah-sha256-hmac' | 'ah-sha384-hmac' | 'ah-sha512-hmac' ;
esp_cipher_transform
    : 'esp-aes' esp_aes_key_size?
    | 'esp-3des'
    | 'esp-des'
    | 'esp-null'
    ;
esp_aes_key_size : '128' | '192' | '256' ;
esp_aead_transform : ( 'esp-gcm' | 'esp-gmac' ) esp_gcm_key_size? ;
esp_gcm_key_size : '128' | '192' | '256' ;
esp_auth_transform
    : 'esp-md5-hmac' | 'esp-sha-hmac' | 'esp-sha256-hmac' | 'esp-sha384-hmac' | 'esp-sha512-hmac'
    ;

transform_set_stmt : transform_set_mode ;
transform_set_mode
    : 'mode' transform_mode
    | neg='no' 'mode' transform_mode?
    ;
transform_mode : 'tunnel' | 'transport' ;

// ---- ipsec profiles ----------------------------------------------------------------------------

ipsec_profile_enter : neg='no'? 'crypto' 'ipsec' 'profile' ipsec_profile_name ;
ipsec_profile_name : WORD ;

ipsec_profile_stmt
    : set_transform_set
    | set_ikev2_profile
    | set_isakmp_profile
    | set_pfs
    | set_sa_lifetime
    ;

// ---- global security-association settings ------------------------------------------------------

ipsec_sa_replay
    : 'crypto' 'ipsec' 'security-association' 'replay' ( 'window-size' replay_window_size | disable='disable' )
    | neg='no' 'crypto' 'ipsec' 'security-association' 'replay' ( 'window-size' replay_window_size? | 'disable' )
    ;
replay_window_size : '64' | '128' | '256' | '512' | '1024' ;

// ---- path MTU: the outer DF bit and where large packets are fragmented -------------------------

ipsec_df_bit
    : neg='no'? 'crypto' 'ipsec' 'df-bit' ( 'clear' | 'set' | 'copy' )
    ;

ipsec_fragmentation
    : neg='no'? 'crypto' 'ipsec' 'fragmentation' ( 'before-encryption' | 'after-encryption' )
    ;

ipsec_sa_lifetime
    : 'crypto' 'ipsec' 'security-association' 'lifetime' sa_lifetime_value
    | neg='no' 'crypto' 'ipsec' 'security-association' 'lifetime' ( 'seconds' | 'kilobytes' ) ;
sa_lifetime_value
    : 'seconds' sa_lifetime_seconds
    | 'kilobytes' ( sa_lifetime_kilobytes | disable='disable' )
    ;
sa_lifetime_seconds : DEC ;
sa_lifetime_kilobytes : DEC ;

// ---- set commands shared by ipsec profiles and crypto map entries ------------------------------

set_transform_set
    : 'set' 'transform-set' set_transform_set_name+
    | neg='no' 'set' 'transform-set' set_transform_set_name*
    ;
set_transform_set_name : WORD ;

set_ikev2_profile
    : 'set' 'ikev2-profile' set_ikev2_profile_name
    | neg='no' 'set' 'ikev2-profile' set_ikev2_profile_name?
    ;
set_ikev2_profile_name : WORD ;

set_isakmp_profile
    : 'set' 'isakmp-profile' set_isakmp_profile_name
    | neg='no' 'set' 'isakmp-profile' set_isakmp_profile_name?
    ;
set_isakmp_profile_name : WORD ;

set_pfs
    : 'set' 'pfs' pfs_group
    | neg='no' 'set' 'pfs' pfs_group?
    ;
pfs_group
    : 'group1' | 'group2' | 'group5' | 'group14' | 'group15' | 'group16'
    | 'group19' | 'group20' | 'group21' | 'group24'
    ;

set_sa_lifetime
    : 'set' 'security-association' 'lifetime' sa_lifetime_value
    | neg='no' 'set' 'security-association' 'lifetime' ( 'seconds' | 'kilobytes' )
    ;

// ---- crypto maps -------------------------------------------------------------------------------

crypto_map_config
    : crypto_map_enter
    | crypto_map_remove
    ;
crypto_map_enter : 'crypto' 'map' crypto_map_name crypto_map_seq ( 'ipsec-isakmp' ( 'dynamic' dynamic_map_ref )? )? ;
dynamic_map_ref : WORD ;
crypto_map_remove : 'no' 'crypto' 'map' crypto_map_name crypto_map_seq? 'ipsec-isakmp'? ;
crypto_map_name : WORD ;
crypto_map_seq : DEC ;

crypto_map_stmt
    : set_peer
    | set_transform_set
    | set_ikev2_profile
    | set_isakmp_profile
    | set_pfs
    | set_sa_lifetime
    | map_match_address
    | map_reverse_route
    | map_description
    ;
set_peer : neg='no'? 'set' 'peer' set_peer_address ;
set_peer_address : IPV4 ;
map_match_address
    : 'match' 'address' map_acl_name
    | neg='no' 'match' 'address' map_acl_name?
    ;
map_acl_name : WORD ;
map_reverse_route : neg='no'? 'reverse-route' static='static'? ;
map_description
    : 'description' map_description_text
    | neg='no' 'description' map_description_text?
    ;
map_description_text : LINE ;
