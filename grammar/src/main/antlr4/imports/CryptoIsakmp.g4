/*
 * IKEv1: crypto isakmp policy (and its (config-isakmp) sub-mode), crypto isakmp key, the
 * global crypto isakmp knobs (keepalive, nat keepalive, aggressive-mode disable,
 * invalid-spi-recovery, identity), and crypto dynamic-map entries (their sub-mode takes the
 * crypto map statements).
 */
parser grammar CryptoIsakmp;

isakmp_config
    : isakmp_policy_enter
    | isakmp_key
    | isakmp_keepalive
    | isakmp_nat_keepalive
    | isakmp_aggressive_mode
    | isakmp_invalid_spi_recovery
    | isakmp_identity
    | dynamic_map_enter
    ;

isakmp_policy_enter : neg='no'? 'crypto' 'isakmp' 'policy' isakmp_policy_priority ;
isakmp_policy_priority : DEC ;

isakmp_key
    : 'crypto' 'isakmp' 'key' isakmp_key_type? isakmp_key_value 'address' isakmp_key_address isakmp_key_mask?
      no_xauth='no-xauth'?
    | neg='no' 'crypto' 'isakmp' 'key' isakmp_key_type? isakmp_key_value 'address' isakmp_key_address isakmp_key_mask?
    ;
isakmp_key_type : '0' | '6' ;
isakmp_key_value : WORD ;
isakmp_key_address : IPV4 ;
isakmp_key_mask : IPV4 ;

isakmp_keepalive
    : 'crypto' 'isakmp' 'keepalive' isakmp_keepalive_seconds isakmp_keepalive_retry? isakmp_keepalive_mode?
    | neg='no' 'crypto' 'isakmp' 'keepalive' ( isakmp_keepalive_seconds isakmp_keepalive_retry? isakmp_keepalive_mode? )?
    ;
isakmp_keepalive_seconds : DEC ;
isakmp_keepalive_retry : DEC ;
isakmp_keepalive_mode : 'on-demand' | 'periodic' ;

isakmp_nat_keepalive
    : 'crypto' 'isakmp' 'nat' 'keepalive' isakmp_nat_keepalive_seconds
    | neg='no' 'crypto' 'isakmp' 'nat' 'keepalive' isakmp_nat_keepalive_seconds?
    ;
isakmp_nat_keepalive_seconds : DEC ;

isakmp_aggressive_mode : neg='no'? 'crypto' 'isakmp' 'aggressive-mode' 'disable' ;
isakmp_invalid_spi_recovery : neg='no'? 'crypto' 'isakmp' 'invalid-spi-recovery' ;
isakmp_identity
    : 'crypto' 'isakmp' 'identity' isakmp_identity_kind
    | neg='no' 'crypto' 'isakmp' 'identity' isakmp_identity_kind?
    ;
isakmp_identity_kind : 'address' | 'hostname' ;

// ---- (config-isakmp) ---------------------------------------------------------------------------

isakmp_policy_stmt
    : isakmp_encryption
    | isakmp_hash
    | isakmp_authentication
    | isakmp_group
    | isakmp_lifetime
    ;
isakmp_encryption
    : 'encryption' isakmp_cipher
    | neg='no' 'encryption' isakmp_cipher?
    ;
isakmp_cipher : 'des' | '3des' | 'aes' isakmp_aes_bits? ;
isakmp_aes_bits : '128' | '192' | '256' ;
isakmp_hash
    : 'hash' isakmp_hash_name
    | neg='no' 'hash' isakmp_hash_name?
    ;
isakmp_hash_name : 'md5' | 'sha' | 'sha256' | 'sha384' | 'sha512' ;
isakmp_authentication
    : 'authentication' isakmp_auth_method
    | neg='no' 'authentication' isakmp_auth_method?
    ;
isakmp_auth_method : 'pre-share' | 'rsa-sig' ;
isakmp_group
    : 'group' isakmp_group_number
    | neg='no' 'group' isakmp_group_number?
    ;
isakmp_group_number : '1' | '2' | '5' | '14' | '15' | '16' | '19' | '20' | '21' | '24' ;
isakmp_lifetime
    : 'lifetime' isakmp_lifetime_seconds
    | neg='no' 'lifetime' isakmp_lifetime_seconds?
    ;
isakmp_lifetime_seconds : DEC ;

// ---- crypto dynamic-map ------------------------------------------------------------------------

dynamic_map_enter
    : 'crypto' 'dynamic-map' dynamic_map_name dynamic_map_seq
    | neg='no' 'crypto' 'dynamic-map' dynamic_map_name dynamic_map_seq?
    ;
dynamic_map_name : WORD ;
dynamic_map_seq : DEC ;
