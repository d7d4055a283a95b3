/*
 * System-wide settings: hostname, enable secret, service timestamps, logging buffered,
 * banner motd, ip domain name, ip ssh version, and the fixed lines IOS writes itself
 * (version, boot markers, aaa new-model), and the type 6 master key and password encryption aes.
 */
parser grammar System;

system_config
    : sys_hostname
    | sys_enable_secret
    | sys_service_timestamps
    | sys_logging_buffered
    | sys_logging_console
    | sys_banner_motd
    | sys_ip_domain_name
    | sys_ip_ssh_version
    | sys_ip_ssh_timeout
    | sys_ip_ssh_retries
    | sys_login_block_for
    | sys_enable_password
    | sys_version
    | sys_boot_marker
    | sys_aaa_new_model
    | sys_key_config_key
    | sys_password_encryption
    | sys_file_prompt
    | sys_ip_scp_server
    ;

sys_hostname
    : 'hostname' hostname_name
    | neg='no' 'hostname' hostname_name?
    ;
hostname_name : WORD ;

sys_enable_secret
    : 'enable' 'secret' enable_secret_type? enable_secret_value
    | neg='no' 'enable' 'secret'
    ;
enable_secret_type : '0' | '5' | '8' | '9' ;
enable_secret_value : LINE ;

sys_service_timestamps
    : neg='no'? 'service' 'timestamps' timestamps_target?
    ;
timestamps_target : timestamps_kind timestamps_format? ;
timestamps_kind : 'debug' | 'log' ;
timestamps_format : 'uptime' | timestamps_datetime ;
timestamps_datetime : 'datetime' timestamps_option* ;
timestamps_option : 'msec' | 'localtime' | 'show-timezone' | 'year' ;

sys_logging_buffered
    : neg='no'? 'logging' 'buffered' logging_buffer_size? logging_level?
    ;
logging_buffer_size : DEC ;
sys_logging_console
    : neg='no'? 'logging' 'console' logging_level?
    ;
logging_level
    : 'emergencies' | 'alerts' | 'critical' | 'errors' | 'warnings'
    | 'notifications' | 'informational' | 'debugging'
    ;

sys_banner_motd
    : 'banner' 'motd' banner_text
    | neg='no' 'banner' 'motd'
    ;
banner_text : LINE ;

sys_ip_domain_name
    : 'ip' ( 'domain-name' | 'domain' 'name' ) domain_name
    | neg='no' 'ip' ( 'domain-name' | 'domain' 'name' ) domain_name?
    ;
domain_name : WORD ;

sys_ip_scp_server : neg='no'? 'ip' 'scp' 'server' 'enable' ;

sys_ip_ssh_version
    : 'ip' 'ssh' 'version' ssh_version
    | neg='no' 'ip' 'ssh' 'version' ssh_version?
    ;
ssh_version : '1' | '2' ;

sys_ip_ssh_timeout
    : 'ip' 'ssh' 'time-out' ssh_timeout_seconds
    | neg='no' 'ip' 'ssh' 'time-out' ssh_timeout_seconds?
    ;
ssh_timeout_seconds : DEC ;

sys_ip_ssh_retries
    : 'ip' 'ssh' 'authentication-retries' ssh_retries
    | neg='no' 'ip' 'ssh' 'authentication-retries' ssh_retries?
    ;
ssh_retries : DEC ;

sys_login_block_for
    : 'login' 'block-for' block_seconds 'attempts' block_attempts 'within' block_within
    | neg='no' 'login' 'block-for' ( block_seconds ( 'attempts' block_attempts ( 'within' block_within )? )? )?
    ;
block_seconds : DEC ;
block_attempts : DEC ;
block_within : DEC ;

sys_enable_password
    : 'enable' 'password' enable_password_type? enable_password_value
    | neg='no' 'enable' 'password'
    ;
enable_password_type : '0' | '7' ;
enable_password_value : LINE ;

sys_version : 'version' version_number ;
version_number : WORD ;

sys_boot_marker : 'boot-start-marker' | 'boot-end-marker' ;

sys_aaa_new_model : neg='no'? 'aaa' 'new-model' ;

sys_file_prompt : neg='no'? 'file' 'prompt' file_prompt_level? ;
file_prompt_level : 'alert' | 'noisy' | 'quiet' ;

sys_key_config_key
    : 'key' 'config-key' 'password-encrypt' config_key_value
    | neg='no' 'key' 'config-key' 'password-encrypt' config_key_value?
    ;
config_key_value : WORD ;

sys_password_encryption : neg='no'? 'password' 'encryption' 'aes' ;
