/*
 * crypto ikev2 proposal / policy / keyring (and its peers) / profile, and the global
 * crypto ikev2 dpd / nat keepalive / cookie-challenge / fragmentation knobs.
 */
parser grammar CryptoIkev2;

ikev2_config
    : ikev2_proposal_enter
    | ikev2_policy_enter
    | ikev2_keyring_enter
    | ikev2_profile_enter
    | ikev2_global_dpd
    | ikev2_global_nat_keepalive
    | ikev2_global_cookie_challenge
    | ikev2_global_fragmentation
    ;

ikev2_proposal_enter : neg='no'? 'crypto' 'ikev2' 'proposal' ikev2_proposal_name ;
ikev2_proposal_name : WORD ;
ikev2_policy_enter : neg='no'? 'crypto' 'ikev2' 'policy' ikev2_policy_name ;
ikev2_policy_name : WORD ;
ikev2_keyring_enter : neg='no'? 'crypto' 'ikev2' 'keyring' ikev2_keyring_name ;
ikev2_keyring_name : WORD ;
ikev2_profile_enter : neg='no'? 'crypto' 'ikev2' 'profile' ikev2_profile_name ;
ikev2_profile_name : WORD ;

ikev2_global_dpd
    : 'crypto' 'ikev2' 'dpd' dpd_interval dpd_retry dpd_mode
    | neg='no' 'crypto' 'ikev2' 'dpd' ( dpd_interval dpd_retry dpd_mode )?
    ;
ikev2_global_nat_keepalive
    : 'crypto' 'ikev2' 'nat' 'keepalive' nat_keepalive_seconds
    | neg='no' 'crypto' 'ikev2' 'nat' 'keepalive' nat_keepalive_seconds?
    ;
ikev2_global_cookie_challenge
    : 'crypto' 'ikev2' 'cookie-challenge' cookie_challenge_threshold
    | neg='no' 'crypto' 'ikev2' 'cookie-challenge' cookie_challenge_threshold?
    ;
cookie_challenge_threshold : DEC ;
ikev2_global_fragmentation : neg='no'? 'crypto' 'ikev2' 'fragmentation' ( 'mtu' fragmentation_mtu )? ;
fragmentation_mtu : DEC ;

dpd_interval : DEC ;
dpd_retry : DEC ;
dpd_mode : 'on-demand' | 'periodic' ;
nat_keepalive_seconds : DEC ;

// ---- (config-ikev2-proposal) -------------------------------------------------------------------

ikev2_proposal_stmt
    : proposal_encryption
    | proposal_integrity
    | proposal_prf
    | proposal_group
    ;
proposal_encryption : 'encryption' ikev2_encryption+ | neg='no' 'encryption' ikev2_encryption* ;
proposal_integrity : 'integrity' ikev2_integrity+ | neg='no' 'integrity' ikev2_integrity* ;
proposal_prf : 'prf' ikev2_prf+ | neg='no' 'prf' ikev2_prf* ;
proposal_group : 'group' ikev2_dh_group+ | neg='no' 'group' ikev2_dh_group* ;

ikev2_encryption : 'aes-cbc-128' | 'aes-cbc-192' | 'aes-cbc-256' | 'aes-gcm-128' | 'aes-gcm-256' ;
ikev2_integrity : 'md5' | 'sha1' | 'sha256' | 'sha384' | 'sha512' ;
ikev2_prf : 'md5' | 'sha1' | 'sha256' | 'sha384' | 'sha512' ;
ikev2_dh_group : '1' | '2' | '5' | '14' | '15' | '16' | '19' | '20' | '21' | '24' | '31' ;

// ---- (config-ikev2-policy) ---------------------------------------------------------------------

ikev2_policy_stmt
    : policy_proposal
    | policy_match_address
    ;
policy_proposal : neg='no'? 'proposal' policy_proposal_name ;
policy_proposal_name : WORD ;
policy_match_address
    : 'match' 'address' 'local' policy_local_address
    | neg='no' 'match' 'address' 'local' policy_local_address?
    ;
policy_local_address : IPV4 ;

// ---- (config-ikev2-keyring) and (config-ikev2-keyring-peer) -----------------------------------

ikev2_keyring_stmt : neg='no'? 'peer' keyring_peer_name ;
keyring_peer_name : WORD ;

ikev2_peer_stmt
    : peer_description
    | peer_address
    | peer_hostname
    | peer_identity
    | peer_pre_shared_key
    ;
peer_description
    : 'description' peer_description_text
    | neg='no' 'description' peer_description_text?
    ;
peer_description_text : LINE ;
peer_address
    : 'address' peer_ip peer_mask?
    | neg='no' 'address' ( peer_ip peer_mask? )?
    ;
peer_ip : IPV4 ;
peer_mask : IPV4 ;
peer_hostname
    : 'hostname' peer_host_name
    | neg='no' 'hostname' peer_host_name?
    ;
peer_host_name : WORD ;
peer_identity
    : 'identity' peer_identity_value
    | neg='no' 'identity' peer_identity_value?
    ;
peer_identity_value
    : 'address' peer_identity_address
    | 'fqdn' peer_identity_fqdn
    | 'email' peer_identity_email
    | 'key-id' peer_identity_key_id
    ;
peer_identity_address : IPV4 ;
peer_identity_fqdn : WORD ;
peer_identity_email : WORD ;
peer_identity_key_id : WORD ;
peer_pre_shared_key
    : 'pre-shared-key' psk_direction? psk_type? psk_value
    | neg='no' 'pre-shared-key' psk_direction?
    ;
psk_direction : 'local' | 'remote' ;
psk_type : '0' | '6' ;
psk_value : WORD ;

// ---- (config-ikev2-profile) --------------------------------------------------------------------

ikev2_profile_stmt
    : profile_match_identity
    | profile_match_address
    | profile_identity_local
    | profile_authentication
    | profile_keyring
    | profile_pki_trustpoint
    | profile_lifetime
    | profile_dpd
    | profile_nat_keepalive
    | profile_remote_access
    ;

profile_match_identity : neg='no'? 'match' 'identity' 'remote' remote_identity ;
remote_identity
    : 'address' remote_identity_address remote_identity_mask?
    | 'fqdn' domain='domain'? remote_identity_fqdn
    | 'email' domain='domain'? remote_identity_email
    | 'key-id' remote_identity_key_id
    | 'any'
    ;
remote_identity_address : IPV4 ;
remote_identity_mask : IPV4 ;
remote_identity_fqdn : WORD ;
remote_identity_email : WORD ;
remote_identity_key_id : WORD ;

profile_match_address
    : 'match' 'address' 'local' profile_local_match
    | neg='no' 'match' 'address' 'local' profile_local_match?
    ;
profile_local_match : profile_local_address | 'interface' interface_name ;
profile_local_address : IPV4 ;

profile_identity_local
    : 'identity' 'local' local_identity
    | neg='no' 'identity' 'local' local_identity?
    ;
local_identity
    : 'address' local_identity_address
    | 'fqdn' local_identity_fqdn
    | 'email' local_identity_email
    | 'key-id' local_identity_key_id
    | 'dn'
    ;
local_identity_address : IPV4 ;
local_identity_fqdn : WORD ;
local_identity_email : WORD ;
local_identity_key_id : WORD ;

profile_authentication
    : 'authentication' ( auth_local | auth_remote )
    | neg='no' 'authentication' ( 'local' auth_method? | 'remote' ( auth_method | 'eap' eap_option? )? )
    ;
auth_local : 'local' ( auth_method | auth_pre_share_key ) ;
auth_remote : 'remote' ( auth_method | auth_pre_share_key | 'eap' eap_option? ) ;
eap_option : 'query-identity' | 'timeout' eap_timeout_seconds ;
eap_timeout_seconds : DEC ;
auth_method : 'pre-share' | 'rsa-sig' | 'ecdsa-sig' ;
auth_pre_share_key : 'pre-share' 'key' psk_type? psk_value ;

profile_keyring
    : 'keyring' 'local' profile_keyring_name
    | neg='no' 'keyring' ( 'local' profile_keyring_name? )?
    ;
profile_keyring_name : WORD ;

profile_pki_trustpoint
    : 'pki' 'trustpoint' profile_trustpoint_name profile_trustpoint_use?
    | neg='no' 'pki' 'trustpoint' profile_trustpoint_name?
    ;
profile_trustpoint_name : WORD ;
profile_trustpoint_use : 'sign' | 'verify' ;

profile_lifetime
    : 'lifetime' profile_lifetime_seconds
    | neg='no' 'lifetime' profile_lifetime_seconds?
    ;
profile_lifetime_seconds : DEC ;

profile_dpd
    : 'dpd' dpd_interval dpd_retry dpd_mode
    | neg='no' 'dpd' ( dpd_interval dpd_retry dpd_mode )?
    ;

profile_nat_keepalive
    : 'nat' 'keepalive' nat_keepalive_seconds
    | neg='no' 'nat' 'keepalive' nat_keepalive_seconds?
    ;
