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
    | keyring_enter
    | isakmp_profile_enter
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

// ---- crypto keyring (IKEv1 keyring, config-keyring) ---------------------------------------------

keyring_enter : neg='no'? 'crypto' 'keyring' keyring_name ;
keyring_name : WORD ;

keyring_stmt
    : keyring_psk
    | keyring_local_address
    | keyring_description
    ;
keyring_psk
    : 'pre-shared-key' 'address' keyring_psk_address keyring_psk_mask? 'key' isakmp_key_type? keyring_psk_value
    | neg='no' 'pre-shared-key' 'address' keyring_psk_address keyring_psk_mask? ( 'key' isakmp_key_type? keyring_psk_value )?
    ;
keyring_psk_address : IPV4 ;
keyring_psk_mask : IPV4 ;
keyring_psk_value : WORD ;
keyring_local_address
    : 'local-address' ( keyring_local_ip | interface_name )
    | neg='no' 'local-address' ( keyring_local_ip | interface_name )?
    ;
keyring_local_ip : IPV4 ;
keyring_description
    : 'description' keyring_description_text
    | neg='no' 'description' keyring_description_text?
    ;
keyring_description_text : LINE ;

// ---- crypto isakmp profile (conf-isa-prof) ------------------------------------------------------

isakmp_profile_enter : neg='no'? 'crypto' 'isakmp' 'profile' isakmp_profile_name ;
isakmp_profile_name : WORD ;

isakmp_profile_stmt
    : isa_prof_keyring
    | isa_prof_match
    | isa_prof_self_identity
    | isa_prof_keepalive
    | isa_prof_initiate
    | isa_prof_local_address
    | isa_prof_description
    ;
isa_prof_keyring
    : 'keyring' isa_prof_keyring_name
    | neg='no' 'keyring' isa_prof_keyring_name?
    ;
isa_prof_keyring_name : WORD ;
isa_prof_match
    : 'match' 'identity' 'address' isa_prof_match_address isa_prof_match_mask?
    | neg='no' 'match' 'identity' 'address' isa_prof_match_address isa_prof_match_mask?
    ;
isa_prof_match_address : IPV4 ;
isa_prof_match_mask : IPV4 ;
isa_prof_self_identity
    : 'self-identity' isa_prof_identity_kind
    | neg='no' 'self-identity' isa_prof_identity_kind?
    ;
isa_prof_identity_kind : 'address' | 'fqdn' ;
isa_prof_keepalive
    : 'keepalive' isa_prof_keepalive_seconds 'retry' isa_prof_keepalive_retry
    | neg='no' 'keepalive' ( isa_prof_keepalive_seconds 'retry' isa_prof_keepalive_retry )?
    ;
isa_prof_keepalive_seconds : DEC ;
isa_prof_keepalive_retry : DEC ;
isa_prof_initiate : neg='no'? 'initiate' 'mode' 'aggressive' ;
isa_prof_local_address
    : 'local-address' ( isa_prof_local_ip | interface_name )
    | neg='no' 'local-address' ( isa_prof_local_ip | interface_name )?
    ;
isa_prof_local_ip : IPV4 ;
isa_prof_description
    : 'description' isa_prof_description_text
    | neg='no' 'description' isa_prof_description_text?
    ;
isa_prof_description_text : LINE ;
